/**
 * Arrival (session 18; scripts/score-set.ts): on 114319c police_impersonation 95.8, fake_loan 100, customer_service 91.7,
 * acquaintance 95.8 % (mean 95.8 %); on e424faa 100, 100, 94.4, 91.7 % (96.5 %); 98.6 % after fixes found on its misses
 * (an e-invitation's link, a boss introducing himself as a first message's idea, 'put ur card details'). Then joined to
 * the tune split.
 *
 * Blind tuning scam set 106 — 24 real-world-style templates for each of 4 scam typologies.
 *
 * Written BLIND (session 18): the author did not open, list or search the project's code, data or
 * other test sets; everything here comes from general knowledge of how these scams were reported
 * in 2024–2026. No real message, transcript or victim text was copied. The scripts paraphrase the
 * public DESCRIPTIONS of scam patterns in: Ministry of Public Security / 国家反诈中心 warnings and
 * typical-case bulletins, 各地公安反诈 WeChat accounts, Taiwan 165 全民防騙 case notes, Hong Kong
 * Police ADCC / 守網者 alerts, Singapore ScamAlert / SPF advisories, India I4C / cybercrime.gov.in
 * "digital arrest" warnings, UK Action Fraud and US FTC consumer alerts.
 *
 * Styles imitate REAL material rather than textbook examples: transcripts of scam phone calls
 * (ASR-like, often unpunctuated, speaker labels such as left:/right:, A:/B:, 客服:/用户:, 骗子:/受害人:
 * or none, interruptions, victim questions, the scammer calming the victim, numbers read out as
 * words), forwarded SMS, OCR of screenshots, and multi-turn chat logs (WeChat, QQ, LINE, WhatsApp).
 * Per typology: ~12 call transcripts, ~6 SMS / single messages, ~6 chat logs; mostly Simplified
 * Chinese, 4 Traditional Chinese / Cantonese (Taiwan, Hong Kong) and 3 English (UK, US, India,
 * Singapore, Philippines, Malaysia, Nigeria).
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_106_SCAM: Partial<Record<TypologyId, string[]>> = {
  police_impersonation: [
    "所以说这个案子呢现在是由我们{city}市公安局刑侦支队在办 你听清楚了没有 嗯 听清楚了 我们前几天抓获了一个犯罪团伙的头目叫{name} 在他家里搜出来一张以你身份开户的{bank}卡 这张卡涉及到一笔[二百八十万|三百六十万|一百九十多万]的非法资金 你有没有把卡借给别人或者卖给别人 没有啊 我都没办过这个卡 没办过是吧 那可能是你的身份信息被人盗用了 这个我们理解 但是现在你在系统里是作为嫌疑人列进去的 你要证明自己清白 就得配合我们做调查 你现在旁边有没有其他人",
    "left: 喂 你好 请问是{name}本人吗\nright: 对 是我 哪位\nleft: 这边是{city}市公安局反洗钱中心的 我姓{surname} 警号是 幺 零 三 七 六 二 你可以记一下\nright: 啊 公安局 什么事啊\nleft: 是这样 我们在侦办一起跨境洗钱的案件 查到有一个账户 尾号 {d4} 开户人是你 这个账户近三个月流水有四百多万\nright: 不可能啊 我卡里就几千块钱\nleft: 你先别激动 我没说一定是你 但这个账户现在是冻结状态 你名下其他的卡也要一起核查 你现在方便说话吗 找个没人的地方",
    "客服：您好，这里是{courier}国际件中心，您在{date}寄往{city}的一个包裹被海关查扣了\n用户：我没寄过什么包裹啊\n客服：寄件人登记的是您的身份证号，包裹里面查出来 呃 十二本护照，还有一些白色粉末，已经送检了\n用户：啊？这跟我没关系啊\n客服：那可能是您的信息被冒用了，这种情况您需要马上向警方说明，我这边可以帮您直接转接{city}市公安局禁毒支队，您不要挂电话\n用户：好 好的\n（转接中）\n警官：喂，你好，我是禁毒支队的{surname}警官，你把情况跟我说一下",
    "00:00 嗯 喂 您好 这边是{city}市医疗保障局的\n00:04 就是 跟您核实一下 您的医保卡 在外地一家药店 呃 有频繁刷卡购买 那个 处方类药品的记录\n00:15 累计金额是 一万 三千 多块 涉嫌违规套取医保基金 您本人有去过那边吗\n00:22 没有是吧 那这个情况 就是 我们这边没办法处理 需要您 呃 先跟当地公安报备一下\n00:31 我这边把电话给您转过去 您稍等 不要挂机 转过去以后 他们会给您做一个笔录 您如实说就行了",
    "A：（语音）您好，这里是人力资源和社会保障局，您的社保卡因存在异常使用记录，将于今日下午停用，详情请按9转人工服务。\nB：（按键）\nA：您好，工号{d4}，很高兴为您服务，请问您的身份证号是多少？\nB：我的社保怎么了？\nA：系统显示您的社保卡在{city}被用于冒领养老金，需要核实是否本人操作，如果不是本人，需要报案并冻结，我帮您接通当地刑侦部门。\nB：这么严重啊\nA：您别担心，配合调查就可以恢复的。",
    "骗子：你好 这边是{operator}客服中心 我姓{surname} 你名下除了现在这个号码 在{city}还实名办理了一张卡 对吧\n受害人：没有啊 我就一张卡\n骗子：那就麻烦了 那张卡最近被大量用来发送 呃 违法短信 已经被投诉 公安那边要求我们两小时内对你名下所有号码做停机处理\n受害人：那我这个号也要停？我工作要用啊\n骗子：是的 除非你现在去当地公安报案 开一个非本人办理的证明 或者我们帮你转接网警直接备案 你选哪个\n受害人：那你帮我转吧",
    "——我是不是要跟我老公说一下\n——不行，我刚才跟你讲过了，这个案件现在属于一级保密，你签了保密承诺，告诉任何人都算泄露案情，到时候你就从证人变成同案犯了，你明白吗\n——可是我很害怕\n——你不用怕，你只要配合，我们很快就能帮你洗清，今天的通话我们都有录音，对你是一种保护。你现在把门关好，手机开免提，我们继续做笔录，刚才说到你名下有几张银行卡？\n——三张，嗯，还有一张好久没用了",
    "女：那我要怎么证明这些钱是干净的\n男：很简单 你把你名下所有资金归集到一个 由我们监管的账户 做一次资金清查 清查完 没有问题的钱 二十四小时以内原路退回给你\n女：那这个账户是谁的\n男：是央行和我们联合监管的清查专户 你看到的户名可能是一个公司 那是为了保密 正常的\n女：我女儿说这种都是骗子\n男：你女儿知道这个事了？我不是跟你说了不能告诉家人吗 你这样我们很被动 现在你只能配合 不然明天就要对你采取强制措施",
    "警官：你现在手机上 那个 应用商店 搜一下 不是 你搜一个叫 会议 的 有个蓝色图标的 下载下来\n事主：下好了\n警官：点加入会议 会议号我念给你 八 六 幺 幺 四 零 {d3} 然后把共享屏幕打开 我们要看到你操作\n事主：共享屏幕是干嘛的\n警官：这是远程笔录 规定要全程录像 你别乱点 等一下会有检察院的同志进来 你的短信也不要删除 听到没有\n事主：听到了",
    "您好，這裡是中央健康保險署，您的健保卡在{date}於高雄一間診所有大量領藥紀錄，請問是您本人嗎？喔，不是喔……那您的證件可能被冒用了，這個我們健保署沒辦法處理，我這邊直接幫您轉接到高雄市警察局刑事警察大隊報案，您不要掛斷，等一下警官會跟您確認身分資料，請先準備好您的身分證跟存摺，這段通話會錄音，謝謝您配合。",
    "甲：喂你好，我哋係深圳市公安局打嚟嘅，你係咪陳先生呀？\n乙：係呀，咩事？\n甲：我哋喺一單洗黑錢案入面搵到你嘅身份證副本，用嚟喺內地開咗個銀行戶口，涉及一千幾萬人民幣。\n乙：唔係掛，我好耐冇返過大陸。\n甲：你唔使驚，我哋而家淨係要同你錄口供，呢單案係機密嚟，你唔好同屋企人講，我而家加你WhatsApp，你開視像畀我睇吓你本人。",
    "Caller: Good afternoon, this is an automated call from TRAI. Your mobile number will be blocked within two hours. Press 9 to speak to an officer.\nCaller 2: Hello madam, I am connecting you to Mumbai Cyber Crime. Your Aadhaar was used to take a SIM that sent illegal messages, FIR number {case} is registered.\nVictim: But I am in Pune, I never went to Mumbai\nCaller 2: Then you have to give your statement by video. Please install Skype, do not disconnect, and stay alone in the room. This is a digital investigation, you are under observation till it finishes.",
    "【{gov}】您的医保电子凭证因涉嫌违规结算已被临时冻结，请于24小时内登录 {link} 进行身份核验，逾期将移交公安机关处理。",
    "臺北地檢署通知：台端涉及一件洗錢防制法案件，案號{case}，傳票已寄發兩次未到案，將於明日執行拘提，請即電 02-2388-{d4} 轉書記官辦理。",
    "{name}你好，我是{city}市公安局经侦支队{surname}警官，你的身份证涉及一起非法集资案，现在需要你配合调查，加我QQ{qq}，我把通辑令发给你看，此事属于保密，不要告诉任何人，否者后果自负",
    "SPF: Dear Sir/Madam, your NRIC has been linked to a money laundering report {case}. Pls call Inspector Tan at +65 8{d3} {d4} within {hours} hrs to assist investigation. Failure to respond may result in a warrant of arrest.",
    "【{operator}】尊敬的客户，您名下号码因涉嫌传播涉诈信息，已被公安机关要求于今日18:00前停机，如有异议请回复1转人工或拨打 0{d3}-{d4}{d4} 联系网安专员。",
    "{city}市人民检察院\n刑事冻结管制令\n编号：{case}\n被执行人：{name}\n案由：涉嫌参与洗钱犯罪 冻结其名下全部\n银行账户及资产……\n本通知书属机密文件 不得向他人泄露\n违者依法追究\n专案组联系人：{surname}警官 {phone}",
    "我：你怎么证明你是警察\n对方：（图片）\n对方：这是我的警官证，你不信可以打114查{city}公安局的电话\n我：我查了，跟你打给我的号码是一样的\n对方：对，刚才就是我们值班室打给你的，现在相信了吧。你的案子已经立案，这两天不要出门，手机不要关机\n我：那我要做什么\n对方：先把你名下每张银行卡的余额截图发我，一张都不能漏",
    "警官：你现在到酒店了吗\n小林：到了，开了一个单间\n警官：把房间号发我，进去以后把窗帘拉上，手机只跟我保持联系，你爸妈打电话不要接\n小林：为什么不能接\n警官：你父母的账户也在排查范围，你接了会影响调查。明天我们要拍一段视频作为证据，你按我说的做\n小林：好的 我有点怕\n警官：怕什么，配合好了你就没事",
    "对方：你好，这里是反诈中心，你的[支付宝|微信]近期收到一笔涉诈资金，金额{small}元\n我：？我就卖了个二手东西\n对方：对，这笔钱是受害人被骗的钱，流进你的账户后你现在属于涉案账户，账户会被冻结\n对方：你需要配合做资金溯源，把余额转到清算账户，核验完退回\n我：那我去派出所报警可以吗\n对方：我们就是公安，你现在就是在报警",
    "公安 陳sir：你而家喺邊度\n阿詩：喺宿舍\n公安 陳sir：去附近酒店開間房，自己一個人，唔好話畀同房知\n阿詩：點解要咁\n公安 陳sir：你屋企人嗰邊我哋另外有同事跟進，你要拍一段片，扮成被人綁咗，用嚟引幕後主腦出嚟，呢個係配合調查\n阿詩：咁我媽咪會唔會擔心\n公安 陳sir：案件完咗我哋會解釋，而家唔好覆任何人訊息",
    "稽查科长：你好，个税系统显示你在{city}一家公司有连续12个月工资收入，但你没有申报\n用户：我没在那上过班啊\n稽查科长：那就是有人冒用你身份虚开发票，涉案金额较大，已经移送公安经侦\n用户：那咋办\n稽查科长：我给你经侦的联系方式，你主动说明情况可以从轻，{phone} 加他微信，今天之内，别拖",
    "+91 9{d3} {d3} {d3}: Good evening. I am Inspector Rajesh Verma, CBI. Your name is in a money laundering case.\nYou: sir I dont know him\n+91: 247 ATM cards found in his house, one is in your name. Stay on video call. You are under digital arrest\nYou: what should i do\n+91: Transfer your FD to RBI verification account for audit, refunded in 2 days",
  ],
  fake_loan: [
    "客服：喂您好，打扰您一分钟，我这边是{lender}的客户经理，工号{d4}，看到您之前在我们平台提交过借款申请，但是没有完成，是吧？\n客户：呃，好像是有过\n客服：是这样，我们现在有个周年回馈活动，年化利率最低可以做到百分之三点六，额度最高二十万，不用抵押，也不看您的负债情况，您近期有资金方面的需求吗？\n客户：利息真的这么低？\n客服：对的，这个是我们内部名额，今天之内申请的才有，我先加一下您微信给您发个链接哈",
    "嗯 你说你之前有逾期是吧 那个没关系的 就是 我们这边是专门做这一块的 走的是 呃 内部的绿色通道 不走人行的那个系统 所以征信花了也能批 你大概要多少 五万是吧 五万的话 分三十六期 每个月还一千多一点 你身份证在身边吧 拍个正反面 还有你常用的银行卡 我这边先帮你提交 一般半个小时出结果 出来以后 可能会要 那个 验证一下你的还款能力 到时候我再跟你说",
    "受害人：我刚才在那个app上看 显示放款失败 说什么卡号异常\n骗子：您稍等我查一下 哦 是这样的 您在填写收款账户的时候 尾号{d4}这里错了一位数 系统检测到姓名和卡号不一致 判定您有套取贷款的嫌疑 资金就被冻结了\n受害人：那怎么办啊 我明明填对了\n骗子：您别着急 这个是可以解冻的 您需要往您的借款账户里存入百分之二十的解冻金 就是{amount}元 证明是您本人操作 解冻后连同贷款一起打到您卡上\n受害人：这个钱能退吗\n骗子：当然能退 这钱是您自己的 又不是给我们的",
    "A：您好，您的贷款审核结果出来了，额度是批了，但是风控这边反馈您的银行流水不足，达不到放款标准。\nB：那怎么办，我工资都是发现金的\nA：这种情况很常见，我们可以帮您做一个流水，您往我们指定的一个对公账户转{amount}元，系统会走一遍进出账，等于给您的卡刷了流水，刷完钱会连同贷款一起返给您。\nB：要转到哪个账户\nA：我待会发您，记得备注您的订单号，转完截图给我。",
    "喂，你好，我这边是{loanapp}的审核部，你的资料我们看了，整体没什么问题，就是你的综合评分差了一点点，差八分。那我们这边有一个办法，就是你开通一下我们的尊享会员，会员是{small}元，开通之后评分会自动提上去，优先放款。对，一次性的，不是每个月。如果没放款成功，会员费原路退回，这个你放心，我们是正规持牌机构，有合同的。你现在方便操作吗？我教你。",
    "中介：兄弟你这个情况吧，直接去银行肯定是批不了的，社保也没有，流水也乱\n我：那你们能办吗\n中介：能办，我们帮你把资料包装一下，工作证明、收入证明、近半年流水、社保记录都给你做得漂漂亮亮的，银行那边审核的人我们也熟\n我：这个要钱吗\n中介：包装费先收三千，下款之后再收百分之五的服务费，你放心，下不来款包装费退一半\n我：一半？\n中介：做资料是有成本的嘛，兄弟，我干十几年了没出过问题",
    "骗子：您的三万块已经审批下来了 现在是待放款状态\n受害人：那什么时候到账\n骗子：您听我说完 放款前还有最后一步 就是验资 您需要证明您有一定的还款能力 往您在平台上的钱包里充值百分之十五 也就是 四千 五百 元\n受害人：我要是有四千五我还借钱干嘛\n骗子：理解理解 大部分客户都是这么想的 但这是监管的规定 验资完成之后 这四千五会跟三万一起打到您卡里 一共是三万四千五 您看 您也不吃亏\n受害人：那 那我找朋友借一下",
    "嗯 对 我现在打开了 上面写的是 呃 账户异常 已冻结 请联系客服\n好的 您看到的这个是因为您刚才提现的时候 操作次数太多了 系统判定是机器人操作 自动冻结\n那我之前交的保险费呢 也是你们让我交的\n保险费是保险费 这是两码事 您现在需要的是解冻 解冻费是贷款金额的百分之十\n我已经交了两次了 我真的没钱了\n您先冷静 我理解您 我跟主管申请一下 看能不能给您减免一部分 您最多能拿出多少",
    "職員：喂，陳生你好呀，我哋係信達財務嘅，你之前喺網上登記過想借錢係咪？\n陳生：係呀，但我有啲卡數未還晒\n職員：唔緊要，我哋免TU，免入息證明，最快即日過數，你想借幾多？\n陳生：五萬得唔得\n職員：得，不過你係首次客，要先交一筆手續費同埋保險，大概三千蚊，交咗之後即刻批\n陳生：可唔可以喺筆貸款度扣？\n職員：唔得呀，公司規矩要先交，放心啦我哋有放債人牌照㗎",
    "代辦：小姐您好，我們是貸款代辦公司，您的條件我們評估過了，直接送銀行會被退件\n小姐：那怎麼辦\n代辦：我們可以幫您美化帳戶，就是讓您的存摺有進出紀錄，銀行看了比較好核貸，您只要把存摺和提款卡寄給我們，密碼也要給，大概一個禮拜就會還您\n小姐：提款卡要寄給你們喔？\n代辦：對，這是作帳需要，很多客人都這樣做，我們是合法公司，您放心，核貸下來可以拿到五十萬",
    "Agent: Hello ma'am good afternoon, this is from QuickPeso Lending, you have a pre-approved loan of 50,000 pesos\nCustomer: oh really, I just applied yesterday\nAgent: yes ma'am, very fast process, no collateral, no co-maker. Before we release, you need to pay the insurance and processing fee of 2,500 via GCash\nCustomer: can't you just deduct it from the loan?\nAgent: sorry ma'am it's company policy, it's refundable naman, once paid the funds will be credited within 30 minutes po",
    "客服：您好，您申请的{lenderapp}额度提升需要做一个视频面签，我现在给您发一个会议号，您下载一下那个会议软件\n用户：要下载什么？\n客服：就是那个蓝色的，应用商店搜一下就有，进去以后点共享屏幕，我们风控要看到您的额度页面\n用户：打开了\n客服：好，现在您会收到一条验证码，您不要念出来，直接在屏幕上点一下就行，系统会自动识别\n用户：那个短信说是转账验证码啊\n客服：对的，这是借款合同签署的验证码，正常的",
    "【{lenderapp}】尊敬的客户，您已获得预审额度[50000|80000|120000]元，年化利率低至3.6%，无需抵押，最快3分钟到账，点击领取 {link} 拒收请回复R",
    "💰💰急用钱的朋友看过来💰 不看征信 不查负债 黑白户均可 只需身份证➕银行卡 当天放款 额度1-50万 不成功不收费 有需要的私聊我 {wx}",
    "{loanapp}\n借款进度\n审核状态：已通过\n放款状态：失败\n失败原因：您填写的银行卡号有误（尾号{d4}），资金已被冻结在系统账户中，请联系在线客服进行解冻处理，逾期未处理将影响个人征信\n冻结单号：{case}",
    "【急用錢】免保人 免照會 免查聯徵 軍公教 學生 家管 皆可辦，最高30萬，當日撥款，請加LINE ID：dai{d4} 專人服務",
    "Dear Customer, Congratulations! You are PRE-APPROVED for Personal Loan upto Rs 5,00,000 without CIBIL check. Pay one-time file charge Rs 1,499 to get instant disbursal. Apply now: {link}",
    "急用qian的来，网dai逾期也能下，额度三千到二十w，不看zx，不上门，不爆通讯录，秒p秒下款，加扣{qq}咨询，备注借款",
    "李经理：合同已生成，您签个字就可以放款了📄\n我：签好了，什么时候到账\n李经理：稍等，财务说您是首次借款，需要先交一份履约保证金{amount}元，防止借款人恶意拖欠\n我：不是说无任何前期费用吗\n李经理：那说的是手续费，保证金不一样，这个是存在您名下的，还款最后一期直接抵扣\n我：那我还款的时候少还一期？\n李经理：对的亲，非常划算，您转好截图给我",
    "在线客服：您好，您的订单{case}未通过风控审核，原因是银行卡流水不足\n用户：流水不足怎么办\n在线客服：您可以向平台指定账户转入借款金额的30%作为流水证明，系统确认后会连同借款一起退回\n用户：那你们把账户给我\n在线客服：户名：{city}鑫盛商贸有限公司 开户行：{bank} 请备注订单号\n用户：为什么是一个公司？\n在线客服：这是我们合作的资金托管方，请放心转账",
    "我：为什么一直显示审核中\n客服：亲，普通用户审核要排队7-15天，开通VIP会员{small}元可以走加急通道，2小时内放款\n我：开了以后一定能放吗\n客服：VIP用户放款成功率99%，不成功会员费全额退回哦\n我：那好吧\n客服：请通过下方二维码付款，付款后截图发我为您加急😊",
    "用户：我已经转了三次了，手续费、保险费、解冻费，一共六千多了，到底什么时候放款？？\n客服：亲，您的款项已经在出账了，但系统检测到您的还款能力评分不足，还差最后一步\n用户：又要钱？\n客服：这是最后一笔，{amount}元，交完马上到账，不然前面的钱都会被系统判定为无效操作，无法退还\n用户：我要报警了\n客服：报警也没用，合同是您自己签的，您违约我们要起诉您的",
    "貸款經理 Kelvin：陳小姐你好，你申請嘅五萬已經初步批咗\n陳小姐：真係？咁快\nKelvin：係呀，不過要你影張身份證正反面同埋自拍拎住身份證，做實名認證\n陳小姐：好，影咗\nKelvin：收到，仲有，你要入三千蚊落公司戶口做信用擔保，過數之後連埋貸款一齊退返畀你\n陳小姐：點解唔可以喺貸款度扣\nKelvin：系統唔支援呀，好多客都係咁做，放心啦",
    "Agent Amy: Hi boss, ur loan RM15,000 already approved ya. Just need pay stamp duty RM450 first then can release\nMe: why need pay first? can deduct from loan?\nAgent Amy: cannot boss, this one is stamp duty, must pay before disburse. after pay 1 hour money masuk\nMe: ok where to bank in\nAgent Amy: Maybank 5{d4}{d6} under our agent name, pls send resit after transfer ya",
  ],
  customer_service: [
    "客服：您好，请问是{name}吗？我这边是{courier}理赔中心的，您在{shop}购买的一件商品，单号尾号{d4}，在我们中转站运输途中丢失了，非常抱歉\n用户：啊，丢了？那怎么办\n客服：根据规定我们会给您做三倍赔偿，商品价格加运费，一共是 呃 三百九十七块，您看您是用支付宝还是微信收款？\n用户：支付宝吧\n客服：好的，那您打开支付宝，首页搜一下备用金，我们的理赔款是通过备用金通道打给您的，您先点进去看一下有没有显示",
    "喂 你好 这边是{shop}的售后 我姓{surname} 就是 你在上个月 买的那个 儿童水杯 对 保温杯 我们这批货 厂家那边检测出来 呃 塑化剂超标 现在是全网召回 给所有买了的客户做退款 然后再加一个 三倍的赔偿 你这边 是不用把杯子寄回来的 直接处理掉就可以了 退款的话 需要你配合操作一下 你这边 加一下我们售后专员的企业微信 我把号码报给你 你记一下",
    "A：您好，我是{app}的客服，工号{d4}，您之前在我们平台开通了一个百万保障服务，免费试用期明天就到期了\nB：我没开过啊\nA：可能是您之前下单的时候不小心勾选的，到期之后每个月会自动扣费{small}元，一直扣到您取消为止\nB：那赶紧帮我取消\nA：这个需要您本人操作，因为它是跟您的征信绑定的，取消不及时会影响征信\nB：还会影响征信？\nA：对，不过您别担心，我一步一步带您操作，您先打开{app}我的钱包这个页面",
    "嗯 您好 是这样的 我这边是{app}的会员中心 给您来电是想跟您确认一下 您名下开通了一个商家会员 然后 呃 是年费会员 系统明天会从您绑定的银行卡扣取 一千 二百 八十 元的年费 您这边 需要继续吗 对 不需要的话 我这边可以帮您申请关闭 但是因为您绑定的是银行卡 需要走银行的解绑流程 我这边帮您联系一下{bank}的客服 您稍等 不要挂断电话啊",
    "客服：喂您好，这边是[抖音|快手|视频号]直播的官方客服，您之前在一个直播间购物的时候，被系统误升级成了直播带货的代理商\n用户：代理商？什么意思\n客服：就是每个月要扣八百块的代理费，如果不取消的话会一直扣，还会影响您的个人信用\n用户：那我要怎么取消\n客服：取消需要在银行那边做一个核销，我现在帮您转接到银联中心，他们会指导您操作\n用户：好\n（转接音乐）\n银联：您好，银联中心专员，请问您名下有几张银行卡？",
    "客服：请问是{surname}先生吗？您{date}从{city}飞往三亚的航班，因为飞机机械故障取消了\n旅客：啊？取消了？我没收到航空公司通知啊\n客服：我们这边就是航空公司的改签中心，现在给您两个方案，一是免费改签到次日，二是全额退票，另外每位旅客补偿三百元延误金\n旅客：那我改签吧，补偿怎么拿\n客服：补偿金需要通过银行卡领取，您准备一张银行卡，余额要在五千以上，因为系统需要验证您的账户活跃度\n旅客：为什么要余额？",
    "骗子：你好 是{name}同学吧 我这边是{shop}的客服 你在校期间是不是做过学生认证\n受害人：嗯 做过\n骗子：是这样 系统显示你已经毕业了 但是学生身份一直没有解除 按照平台规定 毕业后还在用学生优惠的 会被判定为 呃 恶意套取补贴 每个月要补缴差价\n受害人：补缴多少啊\n骗子：目前累计是两千多 不过你在今天之内取消身份的话 可以免除 我这边帮你操作 你打开{shop}的设置页面 先截个图给我",
    "呃 喂 你好 是这样的 我们是{shop}的结算中心 你在我们平台买东西的时候 可能是 手滑 误开通了一个分期付款的服务 每个月会从你的银行卡 扣 呃 三百六十块 要扣十二期 我们现在是帮你 取消掉 对 免费的 你不需要付任何钱 你只需要配合 那个 银行那边 做一个 撤销 你手上有几张银行卡 哪一张余额多一点 余额多的才能通过银行的 取消验证",
    "坐席：您好，这里是[平安|人保|太平洋]车险客服中心，您的车牌{plate}今年续保的时候，由于系统升级，多收了您八百六十元的保费\n车主：多收了？\n坐席：对，我们这边要把多收的部分退还给您，需要您提供一下接收退款的银行卡号和预留手机号\n车主：你们不是有我的信息吗\n坐席：系统升级以后数据有些丢失了，麻烦您配合一下，稍后您会收到一条验证码，念给我就可以完成退款\n车主：哦 那好吧",
    "客服：陳小姐您好，這邊是蝦皮購物的客服中心，您上禮拜在我們平台買了一組保養品對嗎？\n陳小姐：對啊，怎麼了\n客服：因為我們內部人員作業疏失，把您的訂單誤設成批發商，之後每個月會從您帳戶扣款，連續扣十二期\n陳小姐：蛤？那要怎麼處理\n客服：等一下會有郵局的專員打給您，協助您解除設定，您先準備一下您的提款卡，看一下餘額多少\n陳小姐：要去ATM嗎？\n客服：對，到時專員會一步一步教您操作",
    "職員：喂你好，呢度係順豐嘅，你有一件由內地寄過嚟嘅包裹，喺轉運途中遺失咗\n陳太：吓，咁點算\n職員：我哋會作出賠償，三倍運費加貨值，一共八百幾蚊，你而家方唔方便用手機？\n陳太：方便\n職員：我send條link畀你，你入埋你張信用卡資料，我哋會直接退款入你張卡\n陳太：點解要信用卡號碼\n職員：因為係退款，要用返原付款方法，放心，收到個驗證碼就讀返畀我聽就得",
    "Recorded voice: This is an automated message from Amazon. Your Prime membership will be renewed today for £79.99. To cancel, press 1.\nAgent: Hello, Amazon account services, can I take your name please?\nCaller: Yeah it's Susan, I never signed up for Prime\nAgent: No problem Susan, we can cancel that and refund you. I just need you to go to your computer and download a program called AnyDesk so our technician can see the account\nCaller: Is that safe?\nAgent: Absolutely, it's our secure support tool. Then log in to your online banking so we can process the refund.",
    "【{courier}】尊敬的客户，您的快件{d12}在转运途中遗失，根据快递赔付规定可获三倍理赔，请在{hours}小时内添加理赔专员办理：{link}",
    "【{app}】您开通的百万保障服务免费期将于今日结束，次月起每月自动扣费{small}元，如需取消请致电客服400-{d3}-{d4}，逾期将影响个人征信。",
    "亲，您好呀😊 您在本店购买的[面膜|儿童玩具|奶粉]经质检部门抽检不合格，现进行召回处理，为您办理双倍退款+50元补偿，请添加售后QQ：{qq} 备注订单号，无需退货哦",
    "【蝦皮】親愛的會員您好，由於系統錯誤將您的訂單設為12期分期付款，請於今日聯繫客服取消，否則將每月自動扣款：{link}",
    "Amazon: A purchase of iPhone 15 Pro Max for {usd} was placed on your account. If this wasn't you, call our support team immediately at 1-8{d3}-{d3}-{d4}.",
    "【航班通知】尊敬的旅客，您预订的{date}CA{d4}航班因天气原因取消，请及时联系客服改签并领取延误补偿300元/人，客服电话：{phone}",
    "理赔专员-小周：您好，这边已经为您登记了快件丢失理赔，赔付金额{small}元\n我：好的，打到哪里\n理赔专员-小周：您打开支付宝，搜索“备用金”，点开通，额度是500元\n我：开了，显示已到账500\n理赔专员-小周：不好意思，系统多给您打了500，这是公司的钱，需要您扫码转回来，不然会算您逾期\n我：那理赔款呢\n理赔专员-小周：转回来之后理赔款马上到账",
    "客服：亲，为了帮您关闭扣费，请下载[腾讯会议|钉钉|Zoom]，会议号{d6}{d3}\n我：进来了\n客服：请点击共享屏幕，我们技术人员会看到您的操作页面\n我：好了\n客服：现在打开您的手机银行，进入转账页面，我们需要做一个账户清零核验\n我：清零是什么意思？余额会没有吗\n客服：只是核验，钱会在24小时内原路返回，请放心",
    "官方客服：您好，您昨晚在直播间打赏时误开通了“至尊粉丝团”，年费{amount}元将于今日扣除\n我：？？我只刷了个小礼物\n官方客服：是系统默认勾选的，很多用户都反映了，我们帮您免费关闭\n我：怎么关\n官方客服：请添加我们的处理专员QQ {qq}，需要您提供绑定的银行卡信息做解绑",
    "买家：东西我拍了，钱也付了，你看下\n我：我这边没收到通知啊\n买家：（截图）你看，平台说你没开通卖家保障，钱被冻结了，让你联系客服\n我：这个客服链接是真的吗 {link}\n“客服”：您好，您的闲鱼账号未缴纳诚信保证金，买家货款已冻结，请缴纳{small}元后解冻，保证金可随时退\n我：我卖的东西才两百块",
    "客服 Amy：你好，我哋係網購平台客服，你上星期買嘅吸塵機因為倉庫出錯重複扣咗兩次款\n我：係咩？我冇留意\n客服 Amy：我哋會退返多扣嘅$1,280畀你，麻煩你提供網上銀行登入名同埋收到嘅一次性密碼\n我：要登入名？\n客服 Amy：係呀，退款系統要驗證戶口，唔使擔心，處理完即刻退款",
    "Buyer Jessie: hi stroller still available? will pay via Carousell protection\nMe: yes still available\nBuyer Jessie: ok paid already, check ur email\nMe: got an email saying I need to verify my account to receive the money?\nBuyer Jessie: yes click the link n put ur card details, then they release the payment\nMe: the link is {link}, looks weird\nBuyer Jessie: new site lah, hurry pls",
  ],
  acquaintance: [
    "喂 喂 听得到吗 猜猜我是谁 哎呀 你连我声音都听不出来了 你再好好想想 嗯 嗯 对对对 就是我 小军啊 你看你 想半天 我换号了 你把这个号存一下 我最近挺好的 对 下个礼拜可能要去你们{city}那边办点事 到时候去看看你 请你吃饭 哎 先不说了 我这边有点事 回头再打给你啊 记得存号码 别存错了",
    "孙子：奶奶 奶奶 是我\n奶奶：你是谁呀 声音怎么不对\n孙子：我感冒了 嗓子哑了 奶奶 我出事了 我跟人打架 把人家头打破了 现在在派出所\n奶奶：哎呀 你这孩子\n孙子：你别告诉我爸妈 他们知道了会打死我 警察说 赔人家{amount}就可以私了 不然要拘留 奶奶你有没有钱\n奶奶：我存折上有 我去取\n孙子：你取了别跟银行的人说干啥用 等一下我同学来你家拿",
    "外甥：喂 舅舅 是我啊 小杰\n舅舅：小杰？这不是你号码啊\n外甥：嗯 我换号了 原来那个卡丢了 这个是新的 你存一下\n舅舅：哦哦 最近咋样\n外甥：还行 就是 嗯 有个事不好意思开口 我们公司要交个押金 我手上周转不过来 差{amount} 我妈那边 你先别跟她说 她肯定又唠叨我\n舅舅：那你发个卡号给我\n外甥：我微信发你 月底工资下来就还你",
    "喂，小{surname}啊，在忙吗？……哈哈，听不出来啦？连我都听不出来了？我是你们{surname}局啊。嗯，对，你明天上午九点左右到我办公室来一趟，有点事要跟你当面说一下。嗯，对，先别跟其他人讲。哦对了，我这个是新号，原来那个号不用了，你存一下，有什么事打这个号码就行。好，就这样，明天见，别迟到啊，这个事比较急。",
    "A：喂，{name}吧？还记得我不，高中三班的，坐你后面那个\nB：呃……是王磊吗？\nA：哈哈对对对，就是我，王磊，好多年没联系了\nB：你咋有我电话的\nA：同学群里问的啊，我下个月回{city}，大家一起聚聚\nB：好啊好啊\nA：对了，跟你说个事儿，我现在在做点小生意，有个货款今天必须付，我的卡限额了，能不能先借我{amount}，明天一早就还你",
    "（视频通话接通，画面里是一个中年男子，背景像办公室）\n男：喂，老{surname}啊，能看到我吗\n受害人：能看到能看到，{surname}总您好\n男：哎 我这边信号不太好，说两句就挂了。我在外地谈项目，有个朋友急需一笔钱周转，我这个账户不方便直接转，你先帮我垫一下，等会我把钱转你\n受害人：好的，多少？\n男：{amount2}，账户我微信发你，你转完截图给我。（画面卡顿，通话中断）",
    "嗯 小刘 我{surname}总 那个 我这边在开会 不方便打电话 长话短说 就是 我有个朋友 他那边有个项目保证金 要今天下午四点之前交 我这个 呃 卡在国外用不了 你先帮我转给他 我把他的账号发你微信 转完了跟我说一声 回来我把钱给你 财务那边 你就先别走流程了 太慢 嗯 对 就这样 我还要进去 先挂了",
    "老师：喂，你好，是{name}同学的家长吗？我是他班主任李老师\n家长：是是是，李老师怎么了\n老师：孩子刚才体育课摔倒了，头磕到了，现在已经送到{hospital}了，医生说要马上做个检查，可能要手术\n家长：啊！严重吗？我马上过去\n老师：你先别急，路上太远了，医院要先交押金{amount}才能做，我这边垫不了那么多，你先转给主任医生，我把他账号发给你\n家长：我先打给孩子……",
    "嗯 二姑 是我呀 我是 呃 你听不出来啊 我是燕子 对 我来{city}出差了 想着顺路去看看你 结果在车站 钱包跟身份证都让人偷了 手机也是借的别人的 就 能不能先给我转个八百 我买个票 对 你加一下这个号的微信 我朋友的 你转过来他给我现金 回去我就还你 别跟我妈说啊 丢人 她知道又要念叨我半天",
    "嫌犯：喂，阿姨，猜猜我是誰？\n阿姨：蛤？你是……阿明喔？\n嫌犯：對啦，我是阿明啦，我換新號碼了，你幫我存一下\n阿姨：喔喔好，你最近好不好\n嫌犯：還好啦，阿姨我跟你說，我最近跟朋友合夥開店，廠商那邊急著要貨款，我先跟你週轉十萬，下禮拜就還你\n阿姨：那麼多喔\n嫌犯：拜託啦阿姨，不要跟我媽講，她會念，你匯到我朋友的帳戶就好",
    "來電者：喂，估吓我係邊個？\n事主：你係……阿傑？\n來電者：係呀，阿傑呀，我換咗新號碼，你save咗佢先\n事主：咁耐冇見，點呀最近\n來電者：幾好，不過有少少麻煩，我喺大陸做生意俾人扣咗批貨，要即刻過數三萬蚊先攞得返，我張卡用唔到，你幫我轉住，聽日還返畀你\n事主：咁大筆數喎\n來電者：唔該你呀老友，唔好話畀我老婆知",
    "Caller: Grandpa? It's me...\nGrandpa: Michael? You sound funny\nCaller: Yeah I've got a cold and my nose is busted, I was in a car accident. I'm at the police station in Ohio, they say I need bail money. Please don't tell Mom and Dad\nGrandpa: Oh my god, are you okay?\nCaller: I'm okay, I'm going to put my lawyer on, he'll explain\nLawyer: Sir, this is attorney David Miller. Bail is set at $8,500. A courier can pick up the cash from your house this afternoon, and there's a gag order so please keep it private.",
    "爸，我手机掉水里了，这是我新号，先别打电话我在上课不方便，你加我微信{wx}，有点急事跟你说",
    "好友验证：我是{surname}总，这是我的私人微信，加一下，有工作安排",
    "Hi Mum, it's me, I dropped my phone down the loo 🙈 this is my new number, can u save it and msg me on WhatsApp when u see this x",
    "我是你舅舅啦，LINE換新的了，這個是新帳號，你方便的話先幫我匯一筆錢給廠商，我網銀這兩天被鎖，明天就還你，不要跟你媽說喔",
    "@全体成员 各位家长好，下学期教辅资料费和保险费统一收取，每位学生{small}元，请于今天下午5点前扫码缴费，缴费后私聊我截图核对，逾期未交的不予发放教材。——班主任{surname}老师",
    "[是我呀|好久不见啦]，我下个月结婚了，请柬在这里你看看，一定要来哦😘 {link}",
    "张总：在吗\n我：在的张总\n张总：明天上午有空吗\n我：有的，您有什么安排\n张总：你先把公司账上能动的资金报一下给我\n我：大概八十多万\n张总：我在跟客户吃饭，不方便说话。有一笔合同款要马上付，你先转二十八万到这个账户，合同后补\n我：要不要跟财务走个审批？\n张总：来不及了，出了问题我负责，转好截图",
    "老同学：哈喽，还记得我不，初中同桌😂\n我：天哪，你怎么找到我的\n老同学：同学录翻出来的，你现在在哪发展\n我：还在{city}\n老同学：好巧，我下礼拜去那边出差。对了有个事，我在外面办事支付宝被风控了，能不能帮我付一下这个订单，{small}块，我马上转你微信\n我：行，链接发我\n老同学：{link} 你点进去输入卡号就行",
    "表哥：刚刚视频看到了吧，是我，信号太差了\n我：看到了，你怎么换号了\n表哥：这个是工作号。跟你说，我在这边买房要付定金，国外转账要几天，你先帮我打给开发商，{amount2}，过两天我汇给你\n我：要不我们再视频一下？\n表哥：我在开会，不方便，你先弄，账户我发你了\n我：这个户名不是你啊\n表哥：那是开发商的账户，直接转过去就行",
    "小宇：姑姑，我是小宇，换号了，这是我新微信\n我：哦哦，小宇啊，最近咋样\n小宇：挺好的。姑姑，有个事儿，学校要交下学期的住宿费，今天截止，我妈手机坏了联系不上\n我：多少钱\n小宇：{amount}，你直接转给我们辅导员就行，这是他的卡号\n我：为啥不是转你\n小宇：学校规定统一收，转完记得截图发我哈",
    "+852 6{d3} {d4}：媽，我換咗電話，舊嗰部跌爛咗，呢個係新號碼\n媽媽：哦，係阿仔呀？\n+852：係呀，你save咗先。仲有，我有張單今日要交，網上理財又鎖咗，你可唔可以幫我轉住$12,000去呢個戶口\n媽媽：你點解唔打電話畀我\n+852：部電話個咪壞咗，講唔到嘢，聽日還返畀你啦",
    "Me: who is this?\nUnknown: Its me now, your cousin Emeka. I lost my phone in Lagos traffic yesterday, this is my new line\nMe: Emeka! how far\nUnknown: I dey o. Abeg my account is restricted, I need to pay my landlord 150k today. Please send to my friend's Opay account, I will refund you by weekend\nMe: let me call you first\nUnknown: network is bad here, just send it biko, I'm begging you",
  ],
};
