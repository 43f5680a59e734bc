/**
 * Blind tuning set #60 (scam only; 24 templates for each of the real-text goal's four typologies in the styles of public labelled data sets: masked digits, ASR transcripts, chat screenshots, victims' retellings, short English SMS; session 15). Measured once on arrival (tree aa32e8c), 3 renderings per
 * template: police_impersonation 100, fake_loan 100, customer_service 100, acquaintance 91.7 % (the rules alone 75.0–95.8 %).
 *
 * BLIND_TUNING_60 — scam-only tuning set for four typologies (police_impersonation,
 * fake_loan, customer_service, acquaintance), 24 templates each; every other typology
 * key is intentionally an empty array.
 *
 * Written BLIND to the classifier: the author saw no classifier code, rules, keywords,
 * tests or existing fixtures, and ran nothing against these texts.
 *
 * Styles imitated (as publicly described for labelled fraud-text corpora, not copied):
 *  - Chinese SMS with masked digits (1**********, 尾号****, 身份证号 with asterisks);
 *  - long call-recording transcripts, with and without speaker labels, in ASR style
 *    (no punctuation, fillers such as 呃/那个/就是说, misrecognised homophones);
 *  - chat screenshots flattened to text (对方：/我：, 【图片】, 【转账】 markers);
 *  - victims' first-person retellings quoting what the caller said;
 *  - short English SMS of the same four kinds.
 *
 * Public sources whose DESCRIPTIONS of scam scripts were paraphrased (no texts or data
 * sets were copied): 公安部刑侦局 / 国家反诈中心 public warnings on 冒充公检法, 虚假贷款,
 * 冒充电商物流客服 and 冒充领导熟人 fraud; 中国人民银行 and 国家金融监督管理总局 consumer risk
 * alerts; 医保局 / 工信部 public notices about impersonation calls; UK Action Fraud and
 * FTC consumer alerts on government-impersonation, advance-fee loan, refund/tech-support
 * and "Hi Mum" new-number scams; published descriptions of Chinese telecom-fraud
 * dialogue/transcript corpora (their formats only).
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_60_SCAM: Record<TypologyId, string[]> = {
  police_impersonation: [
    "【{city}公安】您好，系统检测到您身份证名下尾号****的{bank}账户涉嫌一起洗钱案（案件编号{case}），请在{hours}小时内致电{surname}警官{phone}说明情况，逾期将[冻结名下全部账户|移交检察院处理|列为网上在逃人员]。",
    "{city}市人民检察院通知：{name}，你涉嫌参与非法集资案，传票及资产冻结令已下发，案件处于秘密侦查阶段，请勿告知任何人，查看逮捕令请登录{link}",
    "喂您好请问是{name}本人吗这边是{city}市医疗保障局的工作人员呃我们系统查到您的医保卡在{city}第三人民医院有一笔那个异地刷卡记录金额是{amount}元涉嫌违规套取医保基金啊您本人有没有去过那边没有是吧那可能是您的身份信息被冒用了这个情况比较严重我这边帮您把电话转接到{city}市公安局刑侦支队您跟警官说明一下就可以了您稍等不要挂机啊 喂你好这里是{city}公安局刑侦大队我姓{surname}警号是0****7你记一下我们正在侦办一起特大洗钱案嫌疑人落网以后在他家里搜出了一张用你身份证办的{bank}卡流水有几百万你现在涉嫌洗钱罪知道吗这个案子是保密的你不能跟任何人讲包括你家人否则就是泄露国家机密要负法律责任的你现在找一个安静没有人的地方比如说酒店房间我们要给你做一个视频笔录 受害人 啊那我现在在上班呢 警官 上班也要配合你跟领导请个假就说家里有事不要说是公安局找你 受害人 好的好的 警官 你现在加一下我的QQ号{qq}我把你的逮捕令和冻结令发给你你自己看上面是不是你的名字和身份证号码 嗯看到了吧这是最高检签发的你现在涉案金额{amount}万如果查实要判十年以上我们也是看你态度比较好才给你一个自证清白的机会 你名下还有哪些银行卡卡里有多少钱都要如实报给我们我们要做一个资金比对比对的方法就是你把钱转到我们国家的安全账户里面这个账户是受监管的审查完毕以后会原路退回一分都不会少 你记住全程不能挂视频不能接别人电话也不能跟银行工作人员说是我们让你转的银行里面可能有嫌疑人的同伙明白吗 明白就好那你现在先去最近的银行把钱都转到一张卡上然后把那个短信验证码报给我",
    "民警：你是{name}吧，身份证号3301**********12是不是你的？ 我：是我，怎么了？ 民警：我们是{city}市公安局经侦支队的，有一个叫王某的犯罪嫌疑人交代，他花钱买了你的银行卡用来帮境外赌博平台洗钱，涉案金额{amount}万。 我：不可能，我从来没卖过卡。 民警：有没有卖不是你说了算，你现在要配合我们做资金清查，证明你的钱来源合法，否则明天就对你采取强制措施。这件事属于保密案件，不准告诉家人，也不要去银行问，银行里有他们的内鬼。",
    "今天下午接到一个{phone}打来的电话，对方说他是{city}市公安局反诈中心的{surname}警官，说我名下有一张银行卡被犯罪团伙拿去洗钱了，还准确说出了我的身份证号和住址，我当时就慌了。他说要证明我清白就得配合“资金清查”，让我把卡里的钱都转到一个“国家安全账户”，说审查完{days}天后原路退回，还一直叮嘱我不能告诉家里人，说这是秘密侦查，泄露了要连带追责。后来又让我下了一个会议软件开着视频，屏幕也要共享给他看，我差点就转了{amount}元，幸好我老公回来把手机抢过去挂了。",
    "【工信部通知】您的手机号1**********因涉嫌发送诈骗短信已被多人举报，将于{hours}小时内强制停机，如非本人操作请按9转人工或致电通信管理局{phone}核实。",
    "海关总署缉私局：您有一个从境外寄来的包裹（单号{d12}）被查出夹带伪造护照{n}本及他人银行卡，已涉嫌走私，请立即联系{city}海关缉私警察{phone}配合调查，否则将冻结您的个人账户。",
    "NOTICE from {city} Police: your bank account ending **** has been linked to money laundering case {case}. To avoid arrest call Inspector {fname} on {phone} today. Do not discuss this with family or bank staff.",
    "IRS FINAL NOTICE: a warrant has been issued under your SSN ***-**-****. Call {phone} immediately to settle USD {usd} in back taxes or local police will come to your address.",
    "国家税务总局{city}市税务局：系统显示您存在偷逃个人所得税{amount}元的行为，即将被列入失信名单并冻结名下账户，请于{date}前登录{link}进行核查补缴。",
    "聊天记录截图转文字： 对方（头像是警徽）：{name}，你的案子现在很严重，逮捕令我已经发你了，你自己看 对方：【图片】通缉令.jpg 我：这是真的吗，我什么都没做啊 对方：所以才要配合我们做资金清查，证明你的钱是干净的 对方：你把所有的钱都集中到一张卡上，然后打开我发你的链接{link}，里面有我们的安全账户 我：要转多少 对方：全部转，清查完了原路退回，这件事不能告诉任何人，包括银行柜员，有人问你就说是给家里人转账 我：好的 对方：转完截图发我，不要挂视频",
    "您好，这里是{city}市中级人民法院，您有一张传票尚未签收，案由为信用卡恶意透支，开庭日期为{date}，查询详情请按0，转人工请按9。",
    "【{city}人社局】您的社保卡因涉嫌被他人冒用违规提取资金，今日起暂停使用，详询专线{phone}，逾期未处理将影响养老金发放并移交公安机关。",
    "您好这里是{city}市公安局嗯你是不是叫{name}啊你名下有一张{bank}卡涉嫌洗签案我们这边已经立案了案号是{case}你现在要配合我们调查嗯对我们会给你一个安全帐户你把资金转过去做个清查清查完就还给你这是检查院的要求你不配合的话我们就直接上门抓人了听明白没有",
    "A man called saying he was a detective and that my identity had been used to open accounts for a drug gang. He said, 'You will be arrested tonight unless you move your savings into a safe account while we investigate, and you must not tell anyone, not even your bank.' He even sent me a photo of a badge.",
    "HM Revenue & Customs: a parcel addressed to you contains prohibited items. Ref {case}. Contact the duty officer on {phone} within 24 hours to avoid prosecution and seizure of your accounts.",
    "最高人民检察院公告：{name}（身份证号4401**********），因涉嫌洗钱罪已被立案侦查，请于{hours}小时内登录最高检网上办案平台{link}查看案件详情并配合资产清查，逾期将依法冻结并拘捕。",
    "甲：你好，{city}刑警大队{surname}队长。你名下的账户涉嫌帮人走账，我们要冻结。 乙：我没有啊。 甲：那你要自证清白。你手上现在有多少存款？ 乙：大概{amount}吧。 甲：把这些钱转到我们的监管账户里，做完资金清查七个工作日内退回。你记住，这是一级保密案件，我们全程视频监督你，你去银行不要跟柜员说实话，就说给亲戚转钱。 乙：那我要不要告诉我老婆？ 甲：不行，她也可能是共犯，说了你们两个都要被抓。",
    "{surname}警官：现在给你做一个视频笔录，你下载一个叫“云视讯”的会议软件，输入会议号{d6}，把摄像头对着自己，笔录期间不准接别人电话，也不准离开房间，手机里的短信验证码要念给我们核对。",
    "前天我快递员打电话说我寄的包裹里有违禁品被扣了，然后直接帮我转到了“{city}市公安局”，一个自称{surname}警官的人说我的身份证被用来办了十几张卡，涉嫌一起{amount}万元的诈骗案。他说：“你要是清白的，就把名下资金转到我们的清查账户，等我们核对完毕会一分不少还给你。”还说全程要保密，不然会打草惊蛇。我觉得不对劲就打了110，才知道是诈骗。",
    "你涉嫌洗钱，已被网上通缉，请立即回电{phone}，{city}公安。",
    "This is the Telecommunications Authority. Your mobile number will be disconnected within 2 hours due to illegal activity reported under your name. Press 1 to speak to an officer.",
    "我爸今年六十多了，他说早上有个女的打电话说是医保中心的，讲：“您的医保卡在外地被人刷了{amount}元的药，我们帮您报警。”然后就有个“警察”接过电话，说我爸涉嫌骗保，要把退休金转到“公安局的安全账户”核查，还说不准告诉子女，不然马上来家里抓人。我爸差点去银行转了，还好柜员多问了几句。",
    "【{city}市公安局反洗钱中心】尊敬的{name}，您尾号****的银行卡与一起跨境赌博洗钱案有资金往来，现需对您名下资金进行清查。请勿向他人透露，并于今日{time}前拨打{phone}联系专案组，否则将依法冻结并追究刑事责任。",
  ],
  fake_loan: [
    "【{loanapp}】尊敬的用户，您申请的{amount}元借款已审核通过，但因您填写的银行卡号有误，资金已被系统冻结，请添加客服QQ{qq}缴纳解冻金后即可到账。",
    "无抵押无担保，凭身份证最高可借{amount}元，低息秒批当天放款，黑户白户都能做，加微信{wx}办理。回T退订",
    "我在网上看到一个贷款广告，下了个叫“{loanapp}”的app，申请了{amount}元，几分钟就显示审核通过。可是提现的时候提示“银行卡号填写错误，账户已冻结”，客服说：“您要交{small}元解冻金，资金解冻后连同借款一起打给您。”我交了，结果又说我征信分数不够，要再交{amount2}元“保证金”证明还款能力，说放款后会退回。我这才反应过来，借款一分没拿到，倒是先被骗了两笔。",
    "喂你好这里是{loanapp}的放款专员我姓{surname}啊你之前在我们平台申请的贷款已经批下来了额度是{amount}但是呢系统显示你的那个银行流水不够啊需要你做一下刷流水就是你往我们指定的对公账户转一笔钱然后系统识别到你有还款能力就会自动连本带款一起返还给你嗯对很快的十分钟就好你现在身上能拿出多少 客户 我卡里只有几千块 专员 几千也行啊你先转{small}过来我们先走一遍第一笔流水然后后台会给你重新评估评估通过了就直接放款 客户 那你们为什么不直接从贷款里面扣 专员 这个是不行的呀这是银保监会的规定啊放款之前必须要由借款人本人证明有还款能力不然我们属于违规放贷的 客户 那我转到哪个账户 专员 我们财务部的专用账户我一会通过短信发给你户名是个人的名字你不用管这是我们公司的结算专员 客户 好吧 专员 转完以后你截个图发到我的微信{wx}上我这边给你加急处理还有啊这个事情你不要跟别人讲有些同行会恶意举报我们的平台到时候你的额度就没了",
    "Congratulations! Your personal loan of USD {usd} has been APPROVED. Pay a one-time insurance fee of USD {usd2} to release the funds today: {link}",
    "Need cash fast? Bad credit OK. Loans up to USD {usd}, no credit check. Only a small refundable deposit required. Text {fname} on {phone}",
    "您在{loanapp}的借款额度已提升至{amount}元，开通VIP会员（{small}元/月）即可优先放款并免除利息，点击{link}立即开通。",
    "【{lender}】为验证您的还款能力，需要您在本人银行卡内存入借款金额的百分之二十并截图发给放款专员验资，验资完成后{amount}元将立即释放到账，验资资金同步退还。",
    "客服：您好，您的贷款已经审批成功了 我：那怎么还没到账 客服：您的账户被风控冻结了，因为您填写的姓名和银行卡不一致 我：我没填错啊 客服：系统显示是错的，需要缴纳{small}元解冻金，这个钱会和贷款一起打给您 我：能不能从贷款里扣 客服：不行的亲，这是银监会规定，必须本人另外转账 客服：【图片】账户冻结通知.jpg 我：转到哪 客服：转到我们财务专员的个人账户，{bank}尾号****，转完截图",
    "学生专享贷款，无需父母同意、无需面签，最高{amount}元当天到账，只需缴纳{small}元开户费，咨询QQ{qq}",
    "有公积金或社保即可申请{amount}元信用贷，月息低至三厘，不看征信不查负债，专员一对一办理，先交服务费后放款，电话1**********",
    "【{lender}】尊敬的*先生，您尾号****的账户有一笔{amount}元贷款待领取，{days}日内未领取将影响个人征信，请及时联系专员{phone}办理。",
    "They said my loan was approved, but that the money was frozen because I typed my bank number wrong. The agent told me, 'Just pay the unlock fee of USD {usd2} and everything will be released in ten minutes.' After I paid, they asked for a tax fee, then a lawyer fee.",
    "放款前需要您支付{small}元的公证费和工本费，这是正规流程，费用会在首期还款里抵扣，请转到专员账户后截图回复“已付”。",
    "急用钱？{amount}元秒到账，不看征信，加QQ{qq}",
    "A：喂，是{name}吗？我这里是{loanapp}信贷部的。 B：是我。 A：您的{amount}元贷款我们已经帮您通过了，不过您的资质有点弱，放款需要先刷一下流水，就是说您这边准备{amount2}元，转到我们合作的账户，系统走一遍流水，然后马上原路退回。 B：退回要多久？ A：半小时以内。您身边没有钱的话可以先在别的平台借一点，反正很快就退。 B：那我去想想办法。 A：要快，今天之内不操作额度就作废了，而且会留下不良记录。",
    "您的借款申请已通过初审，放款前需购买一份履约保险（保费{small}元），保费在您正常还款后全额退还，请在{hours}小时内完成支付，逾期订单取消。",
    "【{loanapp}】系统检测到您的借款存在套现嫌疑，账户已被冻结，需缴纳{amount2}元保证金解冻，否则将上报征信并提起诉讼。客服：{phone}",
    "专业包装银行流水、征信修复，助您快速下款{amount}元，前期收取{small}元包装费，下款后再付尾款，联系微信{wx}",
    "Your loan application ref {case} was declined due to a low credit score. Pay a USD {usd2} credit boost fee to get approved instantly: {link}",
    "我前阵子手头紧，有人加我微信说可以帮我在“{loanapp}”贷{amount}元。他先让我交了{small}元会员费，后来说我流水不够要“刷流水”，让我先转{amount2}元到他给的账户，说系统识别完就退。我没钱，他还教我去别的正规平台借出来先转给他。结果钱转过去以后他就把我拉黑了，我现在反而欠了正规平台一笔钱。",
    "喂您好是{name}先生吧我这边是{lender}的客户经理呃您之前在我们这边有预授信额度{amount}现在有活动可以免息啊就是说您只要先交一个呃那个验资金证明您卡里有钱就可以马上下款验资金到时候一起返还的您方便加一下我微信吗我微信是{wx}我把流程发给你",
    "LOAN APPROVED: USD {usd} ready to transfer. Reply with your bank details and pay the USD {usd2} processing fee by gift card to {fname}. Offer expires in {hours} hours.",
    "亲，您的{amount}元额度已下发，但因您的银行卡账户异常需要验证，请先往指定账户转入{small}元激活，激活后额度立即可提现。有疑问联系在线客服，下载地址{link}",
  ],
  customer_service: [
    "【{shop}】亲，您购买的{goods}经质检部门检测不合格，我们将为您办理双倍退款{amount}元，请添加售后客服QQ{qq}领取。",
    "您好，我是{courier}理赔专员，您单号{d12}的快件在运输途中丢失，公司将按三倍赔付{amount}元，请点击{link}填写银行卡信息领取理赔款。",
    "您好我是{app}的客服工号{d4}啊您之前在我们平台开通了一个百万保障服务现在试用期已经到了如果不关闭的话每个月会从您的账户自动扣除{small}元而且会影响您的个人征信嗯我现在教您怎么关闭您先打开支付宝然后呢点那个借呗看一下您的额度有多少",
    "【抖音】您开通的直播会员将于今日到期并自动续费{small}元/月，如非本人操作请致电客服{phone}取消，逾期将持续扣费。",
    "接到一个自称{shop}客服的电话，说我上个月买的{goods}有质量问题要召回，给我退款{amount2}元。她说：“您加一下我们理赔专员的QQ，他会发一个退款链接给您。”专员又让我下载一个会议软件开屏幕共享，说要指导我操作，结果让我在备用金里借了钱转出去，说这是“退款验证”，操作完钱就退回来。我转了{amount}元以后对方就不见了。",
    "Amazon: Your Prime membership will auto-renew at USD {usd} today. If you did not authorise this payment, call {phone} now to cancel and receive a full refund.",
    "{courieren}: We are sorry, your parcel {d12} was lost in transit. You are entitled to compensation of USD {usd}. Claim within 48h at {link}",
    "【{app}】尊敬的用户，您的备用金已开通，未关闭将每日计息并上报征信，请尽快联系客服{phone}办理关闭。",
    "客服：您好，请问是{name}吗？您在我们{shop}店铺买的{goods}因为仓库原因丢件了 我：那怎么办 客服：我们这边给您做三倍赔偿，您加一下我们的售后微信{wx} 我：好的 售后：亲，理赔需要通过支付宝的“我的客服”操作，您现在打开支付宝，点进备用金，我们把理赔款{amount}元先打到备用金里 售后：您看到到账提示后，需要把这笔钱转回我们的对公账户做核销，不然会被判定为套现 我：可是我没看到钱啊 售后：您先转，系统会同步",
    "【{shop}】您的账户被误开通了学生代理会员，每月将扣除{small}元，如需关闭请点击{link}或回复1联系人工客服。",
    "喂你好这边是京东金融的客服啊之前您在学生时期开通了一个京东金条的学生账户现在国家规定学生账户都要注销如果您不注销的话会影响您的征信影响您以后买房买车嗯您现在方便操作一下吗我们这边需要您下载一个叫做腾讯会议的软件开启屏幕共享我们一步一步指导你 用户 我没有开过什么学生账户啊 客服 这个可能是您当时在学校的时候点到了系统自动开通的您看我这边能查到您的身份证号码是3201**********那个尾号是不是****对吧那就是您本人 用户 那要怎么注销 客服 注销的话呢首先需要把您名下的那个呃额度清零就是说您要把微粒贷还有借呗里面的额度全部借出来然后转到我们指定的银保监会监管账户上面系统识别到您的额度清零了才能给您注销注销完成以后钱会在二十四小时之内原路退回到您的卡上 用户 要借出来多少 客服 有多少借多少啊您现在打开借呗看一下 对然后您点共享屏幕我这边帮您看着您不要挂电话也不要去问其他人因为这个是内部的操作流程其他人不了解的",
    "您好，您在{shop}购买的{goods}因物流问题已被退回，系统已为您生成退款{amount2}元，请扫描客服发送的二维码或登录{link}输入银行卡号和验证码领取。",
    "【{app}】您的店铺因违规操作被冻结，需补交保证金{amount}元方可解冻，逾期店铺将被永久关闭，详询客服QQ{qq}。",
    "PayPal Support: a payment of USD {usd} to an online store is pending on your account. If this was not you, call {phone} so an agent can cancel it and refund you.",
    "A woman called saying she was from {shopen} customer service and that I had been charged USD {usd} for a laptop I never ordered. She said, 'To process the refund I need you to install this support app so I can see your screen.' Then she asked me to log in to my bank while she watched.",
    "航空公司客服通知：您预订的{date}航班因机械故障取消，请于{hours}小时内联系客服{phone}办理改签，改签成功可获延误补偿{small}元，需提供银行卡号进行理赔。",
    "亲，你好，你在我们店购买的{goods}，经过卫生部门抽检发现含有违规添加剂，我们将为您全额退款并额外补偿{small}元，请您提供一下您的支付宝账号和绑定的手机号码，客服会联系您。",
    "【{courier}】您好，您的快递单号{d12}因破损已理赔成功，理赔金{amount}元待领取，请添加理赔专员微信{wx}，按提示完成验证后到账。",
    "我收到一个电话，对方叫出了我的名字、收货地址和订单号，说：“您好，我是{shop}的售后，您的订单因为系统故障被重复扣款了，我们要把多扣的钱退给您。”然后让我打开支付宝的借呗查看额度，说要把额度“降下来”才能退，还让我把借出来的{amount}元转到他们指定的“退款核销账户”。我觉得越来越离谱就挂了。",
    "您好，您在{app}上开通的会员服务因系统升级将被重复扣费，为保障您的资金安全，请于今日联系客服{phone}关闭自动续费，关闭过程中需要您配合共享屏幕。",
    "Royal Mail: we attempted to refund an overpayment on your order but your card was declined. Confirm your card details to receive your USD {usd2} refund: {link}",
    "嗯喂您好您是{name}对吧这边是{courier}快递的客服哈您有一个快递是那个{goods}嘛在运输的过程当中呢被我们的工作人员弄丢了然后呢我们这边按照你的那个购买价格给你三倍的理赔嗯理赔的话需要您添加我们的理赔专员微信然后他会给你发一个理赔的二维码你扫描一下填一下你的银行卡信息就可以了",
    "【{shop}】您好，您的订单{d12}退款失败，原因：收款账户异常。请联系退款专员{phone}重新提交，专员会引导您完成退款，请勿告知他人以免影响处理进度。",
    "Your Netflix annual plan of USD {usd} has been renewed. Not you? Speak to our refund desk on {phone} within 24 hours to cancel.",
  ],
  acquaintance: [
    "我是你{surname}总，这是我新号码，存一下，明天上午到我办公室来一趟。",
    "领导：你现在方便吗 我：方便，{surname}总您说 领导：我这边在开会不方便接电话，有个合作方的款要先付一下，你先从公司账上转{amount}元到这个账户，回头我签字补手续 领导：【图片】收款账户.jpg 我：要不要跟财务那边报一下 领导：不用，这事先别声张，转完把回单截图发我 我：好的 领导：抓紧，对方等着呢",
    "各位家长好，我是{school}三年级二班班主任{surname}老师，本学期资料费和校服费共{small}元，请各位家长于今天下午{time}前扫描下方二维码缴纳，缴费后截图私发给我登记。",
    "老同学，还记得我吗，我是{name}啊，高中坐你后面那个，换号了，加我个微信{wx}，回头聚聚，最近遇到点麻烦想找你帮个忙。",
    "妈，我手机掉水里了，这是同学的手机，我们学校今天要交培训费{amount}元，辅导员说今天不交就取消资格，你直接转到这张卡上吧，{bank}尾号****，户名是我们老师，别给我打电话我在上课。",
    "Hi Mum, this is my new number, my old phone got smashed. Can you message me on WhatsApp when you get this? Need a quick favour x",
    "Dad it's me, lost my phone and can't get into my banking app. Can you pay a bill for me, USD {usd}? I'll pay you back tomorrow I promise. Details below",
    "表哥，我是{fname}，在国外手机丢了，用朋友的号码联系你。我现在机票改签需要{amount}元，卡里的钱转不出来，你先帮我垫一下，回国马上还你，这事先别跟我妈说，她会担心。",
    "喂猜猜我是谁啊哈哈听不出来啦我是你老同学啊对对对就是我嘛我换号码了啊你记一下呃我这两天到{city}出差了明天过去看你啊",
    "前天接到一个电话，对方开口就说“猜猜我是谁”，我随口说了一个老同学的名字，他马上就说“对对对，就是我”。第二天他又打来，说来{city}的路上被交警扣了车，要交{amount}元罚款才能放人，身上钱不够，让我先转到一个“朋友”的账户，回头请我吃饭。我转完以后再打那个号码就关机了。",
    "【财务工作群】{surname}总：@财务 {name}，今天下午有一笔{amount}元的货款需要紧急支付，对方账户信息我私发给你，付完在群里回复，我这边马上要上飞机，有事微信说。",
    "在吗？我这边有急事，借我{amount}元周转一下，明天就还你，你直接转这张卡吧，{bank}卡号6222**********1234，语音不方便，我这边在开会。",
    "你好，我是你儿子学校的{surname}老师，你儿子在体育课上摔伤了，现在在{hospital}抢救，需要马上交手术押金{amount}元，我先把医生的账户发给你，你赶紧转过去，人命关天。",
    "Hey it's {fname} from work, this is my personal number. Are you free right now? I need you to grab some gift cards for a client meeting, I'll reimburse you today. Keep this between us for now.",
    "我是{surname}局，现在在外面开会不方便接电话，你帮我买{n}张京东卡，面值每张1000元，买好把卡号卡密拍照发我，钱回头我让办公室给你报。",
    "我爸昨天接到一个电话，对方学着我的口音叫他“爸”，说：“我手机坏了，这是借同事的电话，我跟人撞车了，对方要私了赔{amount}元，你先别告诉我妈，把钱转到这个账户。”我爸听着声音有点像我，差点就去转了，幸好打我原来的号码确认了一下。",
    "我是你二舅啊，换了个号码，你把我这个存一下。我明天要给人打一笔钱，但是我的卡限额了，能不能先转到你那里，再从你卡上转给对方？你先帮我把{amount}元转过去，我这边马上还给你。",
    "房东通知：各位租客，本人原收款银行卡已注销，本月起房租请转入新账户{bank}尾号****，户名{name}，请于{date}前转账并截图发我，旧卡转入的款项将无法到账。",
    "同学你好，我是{surname}教授，最近在外地开会，手机号换了，你加我新的QQ{qq}。有一笔项目劳务费要你先帮忙垫付一下，回学校后从课题经费里报销给你。",
    "A：喂，小{surname}啊，听得出我是谁吗？ B：您是……？ A：我是你们公司的{surname}总啊，声音都听不出来了？ B：哦哦，{surname}总您好。 A：我换了个号码，你存一下。我这边有个领导要打点，现金不方便，你先帮我转{amount}元到这个账户，记住这件事只有你我知道，明天回公司我让财务给你报销。 B：好的，我现在去转。",
    "嗯喂是小{fname}吧我是你{surname}叔叔啊我手机换号了就是这个号你记一下啊我跟你说我这边遇到点事情啊就是说要急用一笔钱你爸妈那边我不好意思开口你先借我{amount}我过两天就还你你千万别跟你爸妈讲啊 对方 呃是哪个叔叔啊 嫌疑人 你这孩子连叔叔的声音都听不出来了啊就是过年的时候还给你发过红包的那个你再想想 对方 哦是{surname}叔啊 嫌疑人 对对对就是我嘛我现在在外地跟人谈生意呢人家要先收一笔定金我卡被银行限额了转不出去你先帮我转到这个老板的账户上面我一会发你短信卡号是{bank}的户名是他们公司会计的名字你别管转完了截个图给我我晚上就把钱打回给你再给你多转五百算叔请你吃饭 对方 那我要不要先问一下我爸 嫌疑人 哎呀别问了你爸那个脾气你又不是不知道叔叔这事不想让他知道你就当帮叔叔一个忙",
    "Mum its me, new number. Phone fell in the toilet lol. Can you save this one and delete the old one? Also can you do me a massive favour and send USD {usd2} to my mate's account, I'll explain later",
    "我是你们孩子的班主任，新建了一个家长群，请各位家长扫码入群，群号{qq}，入群后按要求缴纳本学期课后服务费{small}元，不要在原来的群里说，以免其他家长误会。",
    "老板（新微信）：{name}，在吗？我是{surname}总，这是我的私人微信，原来那个号不用了。 老板：你把你手上的工作放一下，帮我办件事 我：您说 老板：有个客户的保证金要今天打过去，你先用公司账户转{amount}元，收款信息我发你，这个事不要跟其他同事说 老板：【转账截图】 老板：我这边先给你转了，你看一下，可能到账会延迟，你先操作",
  ],
  fake_collection: [],
  task_rebate: [],
  investment: [],
  credit_repair: [],
  game_trade: [],
  romance: [],
  military_purchase: [],
  prize: [],
  premium_rate: [],
  parcel_fee: [],
  account_lock: [],
  tax_refund: [],
};
