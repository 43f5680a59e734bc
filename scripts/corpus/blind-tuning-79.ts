/**
 * Blind tuning set #79 (scam only; 10 templates per typology, a fair sample leaning on scripts hardest to tell from
 * genuine ones; session 16). Measured once on arrival (tree 8c0946b), 3 renderings per template: mean recall 93.1 %, 13
 * of 16 typologies ≥ 85 % (romance 70.0, account_lock 70.0, prize 80.0). Then tuned on.
 *
 * Blind tuning set 79 — scam-only templates for the ZH/EN anti-fraud SMS classifier.
 *
 * Written BLIND to the classifier: no repository code, rules, lexicons or earlier data
 * sets were read while writing. Ten templates per typology, aiming at a fair sample of
 * what people actually receive: terse SMS with and without 【】 signatures; chat messages
 * (WeChat, QQ, LINE, WhatsApp, Telegram, dating apps, 闲鱼); call transcripts (labelled
 * turns, unlabelled monologue, ASR-style text without punctuation and with fillers);
 * Traditional Chinese (Taiwan, Hong Kong Cantonese); typos, homophones, pinyin initials,
 * split characters, emoji; English from UK/US/CA/SG/MY/AU/IN/PH/NG/ZA, formal and text-speak.
 * Roughly a quarter are opening messages with a single subtle hint; the rest are
 * mid-conversation turns or the closing ask. Emphasis on polite "official" scripts, low
 * first asks, and genuine-sounding brand notices carrying one odd request.
 *
 * Wording is original. Scam scripts were paraphrased from public DESCRIPTIONS only
 * (never copied texts or data sets): 公安部刑侦局 / 国家反诈中心 anti-fraud advisories
 * and typology lists, 中国人民银行 and 国家金融监督管理总局 consumer warnings, 工信部 and
 * carrier advisories on premium-rate and short-drama subscriptions, Taiwan 165 反詐騙
 * bulletins, Hong Kong Police ADCC / 守網者 notes, UK Action Fraud and Ofcom guidance,
 * US FTC consumer alerts, Canadian Anti-Fraud Centre, Singapore ScamShield, Australian
 * Scamwatch, India cyber-crime (CERT-In / RBI) advisories, and press reporting on
 * "Hi Mum", task-scam, pig-butchering and fake loan-app harassment cases.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_79_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}您好，您在{lenderapp}的借款已逾期{days}天，贷后部门已将该笔账单移交{city}法务协作中心。为避免[影响个人征信|产生上门核实费用]，请于今日{time}前致电专员{phone}办理协商还款，感谢配合。",
    "{surname}先生/女士您好，这里是{lender}贷后服务中心。您名下有一笔账单需要核对，另外想确认一下您预留的紧急联系人是否还在使用，方便时请回电{phone}，工作日9:00-18:00。",
    "催收员：喂，{name}是吧？{lender}资产管理部的。你那笔{amount}元拖了{days}天了你心里有数吧。\n客户：我最近手头确实紧……\n催收员：系统今天下午就把你的情况推到你单位和通讯录那几个人了。我给你申请了一个减免，今天先还{amount2}就能停。对公户在结算，你转到我们合作的第三方代收，户名是个人名字不用管，转完截图给我。",
    "喂你好嗯这边是那个{lender}的呃法务部我姓王啊就是你那个借款呢已经逾期挺久了然后我们这边呢准备走诉讼程序了嗯你现在要是能处理的话我加你微信给你发个二维码你扫一下先还一部分就可以暂停那个上门外访你看行不行",
    "【{lender}】{name}您好，您的信用貸款已逾期{days}日，本公司將依法委託律師事務所處理，並將通知您的聯絡人及任職單位。如需分期協商，請於今日內加LINE ID：{wx}，由專員為您辦理，逾時恕不另行通知。",
    "FINAL NOTICE: {fname}, your outstanding balance of £{gbp} with {banken} Recoveries remains unpaid despite previous reminders. An enforcement agent visit has been provisionally booked for {dateen}. To place the account on hold, please arrange payment through our secure portal {link} before 5pm today.",
    "Hello {fname} dis is recovery team frm {loanapp}. U hv not paid ur loan Rs {amount} since {days} days. Today we r sending msg to all ur contacts and ur office that u r fraud. If u want to stop it pay now only on this link {link}. Dont ignore.",
    "你好，我是{lender}委外的小李，加你是为了你{lenderapp}那笔账的事。不想闹到家里的话今晚12点前处理掉，我这边可以帮你申请停催。对公账户今天系统维护，你先转到我同事的{bank}卡上，收款人{name}，转完把截图发我，我马上给你报结清。",
    "{name}，您好，您的身份信息已被{city}人民法院诉前调解中心登记（案号{case}），请于{days}日内登录{link}查阅调解材料并核对联系方式，逾期将视为放弃调解。",
    "{name}你好，我哋係{lender}嘅追收部，你張單拖咗{days}日喇。如果今日唔處理，我哋同事聽日會上你公司搵你上司傾。而家有個一次性減免，只要入{amount2}蚊去指定戶口就即刻暫停追收，詳情加Telegram {tg} 👉 唔好再拖。"
  ],
  task_rebate: [
    "您好，打扰了～我是{shop}店铺的运营小林，最近在找几位线上点赞员，给指定视频点个赞截个图就行，一单{small}元当天结，不占时间，有兴趣回复1 😊",
    "Hi there! This is Priya from TalentBridge HR 👋 Your profile was shared with us for a flexible remote role — rating hotels and apps from your phone, 30–60 mins a day, earning {usd}–{usd2} daily. No experience needed. Are you interested? I can send more details.",
    "接待员：前面三个福利单的佣金已经到账了吧？接下来是联单任务，一组三单，需要先垫付{amount}元，完成后本金加{pct}%佣金一起返还。\n导师：这组做完就可以正常提现了，中途退出系统会判定违约并冻结余额，想清楚哦。",
    "亲，您的第{n}单触发了幸运组合单，系统显示需要补单{amount2}元才能解冻账户里的{amount}元佣金，这是平台风控规则不是我能改的，补完马上连本带佣一起到账，抓紧时间哦 ⏰",
    "您好～我們是{shop}的合作商家，目前需要網友幫忙在商品頁面按讚和收藏，每筆給{small}元，完成後截圖傳給客服即可，日領不拖欠，學生家庭主婦都可以，有興趣加LINE：{wx}",
    "Dear applicant, thank you for your interest in the Remote Product Reviewer position with {shopen} Partner Network. Your trial account has been credited with {usd}. To unlock your first payout please complete 40 optimisation tasks on {link}. Kindly note that premium orders may require a temporary balance top-up, which is returned together with your commission.",
    "兼 zhi 招 募：动动手指 dian 赞 关 注，日 入{amount}+，宝妈学生上班族都可以，不收任何费用！加 V：{wx} 备注“任务”",
    "群公告：今晚8点福利任务开放📢 前30名做满5单额外奖励{small}元红包。新人先私聊派单员领取体验单，体验单零投入秒返，名额有限先到先得。",
    "派单员：{name}你好，你刚才提交的数据标注任务有三条填错了，导致账户出现负分{amount2}，需要充值同等金额进行修正，修正后账户恢复正常，之前的{amount}元佣金也会一起解冻。你尽快处理，超过{hours}小时系统会清零。",
    "喂你好我这边是那个做直播带货的嗯我们现在呢需要一些人帮忙关注一下直播间就是你下载一个{app}然后关注完截个图发给我们就可以了一单三块钱啊做完之后呢还有那个进阶任务收益更高的你要不要试一下我拉你进群"
  ],
  investment: [
    "{name}您好，我是{company}的投顾助理。上周您在公开课里留言咨询过持仓问题，{surname}老师今晚八点有一场免费复盘直播，需要的话我拉您进学习群旁听一下。",
    "Hi, this is Rachel, assistant to Professor Lim. We're running a complimentary 30-day market analysis programme for Singapore investors and the Professor's picks returned {pct}% last quarter. You can join the study group here: {link} — no fees, just learning 📈",
    "导师：今天这个U的合约单已经给大家打出来了，跟上的同学收益{pct}%。{name}你那边还在观望吗？平台这周新用户入金满{amount}送20%体验金，名额只剩3个了，错过就要等下一期。",
    "尊敬的用户：您申请提现的{amount}元已进入审核流程。根据反洗钱监管要求，需先缴纳收益部分{pct}%的个人所得税，缴纳完成后资金2小时内到账；逾期未缴，账户将被风控冻结。——{company}财务结算部",
    "{name}你好呀，我係之前喺群入面同你傾過嘅Amy 😊 我哋老師今朝又出咗隻港股，開市半個鐘已經升咗{pct}%，你要唔要試下？開戶好簡單，㩒呢條link就得：{link}",
    "喂{surname}哥你好啊我是那个{company}的小张啊之前加过您微信的嗯就是我们这边呢有一个那个内部的打新名额呃机构专用通道啊中签率很高的就是需要您在我们那个APP上先把资金存进去锁定额度然后中签了直接就有收益的您看今天要不要先开个户",
    "Following your enquiry, {company} Capital can offer a fixed-income bond paying {pct}% p.a. with capital protection, available to a limited number of Australian investors this month. A relationship manager will call you shortly. To reserve your allocation please complete the form at {link}.",
    "{name}您好，您账户中的{usd}美元利润已解锁，但系统检测到您{date}有一笔异常操作，信用分降至60，需补缴信用保证金{amount2}元恢复至100分后方可出金，保证金出金时一并返还。——客户服务部",
    "明天有只票大概率zt，老师实盘带大家做，免费进群，不收任何费用，不荐股只分享思路📊 v：{wx}",
    "【{fund}】您好，{year}年AI量化养老专户开放申购，央企背景托管，历史年化{pct}%，本期{city}地区仅限300个名额。了解详情请添加专属客户经理微信{wx}，回T退订。"
  ],
  fake_loan: [
    "【{lender}】尊敬的{name}，您有一笔预授信额度{amount}元待领取，年化低至3.6%，随借随还，回复Y获取专属办理通道，回T退订。",
    "审核员：您的资料已经审核通过，{amount}元已经打到您的贷款账户了。但是系统显示您银行卡号填错了一位，资金被冻结，需要您缴纳{amount2}元解冻金验证一下本人还款能力，解冻后连同本金一起打到您卡上。",
    "客户经理：您这边银行流水不够，放款部门过不了。您先往我们指定的账户转入{amount2}元，我们这边马上原路退给您，这样流水记录就有了，一般十分钟就能走完。",
    "{name}您好，我們是{lender}貸款專員，您的申請已初步核准新台幣{amount}元，撥款前依規定需先繳交保證金{amount2}元至指定帳戶，撥款時一併退還。有疑問請加LINE：{wx}",
    "Congrats {fname}! Your loan of PHP {amount} has been APPROVED by {loanapp} ✅ Kindly settle the processing fee of PHP {small} via GCash to release the funds today. Message our agent here: {link}",
    "喂你好请问是{name}吗我这边是那个{lender}的客户经理啊看到您之前在我们平台有申请过贷款没通过是吧嗯现在呢我们有一个内部的那个助贷通道就是不看征信的然后呢需要您配合做一个验资就是把钱转到您自己另外一张卡上截个图给我们就行",
    "客服：您在{loanapp}的会员资格还未开通，系统无法放款哦。开通VIP会员{small}元即可享受额度秒批，放款成功后会员费可以申请全额退回，您看现在开通吗？",
    "{fname}, following your credit assessment we are pleased to confirm a personal loan of £{gbp} irrespective of your credit history. To finalise, a small refundable insurance bond is required to protect the lender. Please reply YES and an underwriter will send payment details.",
    "{surname}老板您好，看到您公司在{city}有注册，我们这边是{bank}合作的小微企业经营贷，目前有政策贴息，额度最高{amount}，有需要可以聊聊，打扰了。",
    "您的借款申请因征信评分不足被风控拦截，需在{app}上转入{amount2}元作为“还款能力证明”，该资金仅作展示，10分钟后自动退回，完成后请截图发给您的专属顾问。"
  ],
  customer_service: [
    "【{shop}】亲，您{date}购买的{goods}在仓库复检时发现批次质量问题，平台将为您办理退款并额外补偿，请问现在方便接听售后来电吗？",
    "您好，我是{courier}理赔专员，您的快件{d12}在{city}转运中心破损遗失，我们将按三倍金额赔付，请添加理赔专员QQ：{qq}登记收款信息，感谢理解。",
    "坐席：您好这里是{app}官方客服，您之前开通的百万保障服务今天到期，不关闭的话以后每月自动扣{amount2}元。\n用户：我没开过这个啊？\n坐席：可能是您学生时期误开的。关闭需要先验证资金，您打开{app}的备用金，把额度借出来转到我们的核销账户，核销完原路退回。",
    "为了帮您关闭这个扣费，请您在手机应用商店下载“{app}会议”，输入会议号{d6}，然后点开屏幕共享，我这边远程指导您一步步操作，整个过程五分钟左右。",
    "Hi, this is {shopen} Customer Care. Our records show your last order was charged twice and we owe you a refund of {usd}. To release it our refunds team just needs to verify your bank on a quick screen-share call. Reply with a good time and we'll ring you today.",
    "【{shop}】親，你喺{date}買嘅{goods}因物流延誤已退回倉庫，我哋會賠償{amount2}元俾你，麻煩點擊{link}加客服WhatsApp處理退款，多謝你嘅耐心 🙏",
    "喂您好这里是{shop}的售后客服嗯您之前在我们这边买过一个{goods}对吧那个批次呢被那个市场监管局抽检不合格啊所以我们要给您做一个退款加赔偿嗯您用的是支付宝还是微信我这边跟您核对一下",
    "好的，退款已经给您申请了，但是系统提示您的芝麻信用分不够，退不回去。需要您先在{app}上借一笔备用金{amount2}元验证一下，到账后我们立即连同{amount}元退款一起退回给您，放心这是正规流程。",
    "Dear valued customer, your {shopen} order #{d6} was delayed & a compensation of RM {small} has been approved. Pls claim via {link} within {hours} hrs, otherwise it will be forfeited. Thank you.",
    "{app}提醒：您开通的短剧畅看会员将于今日自动续费{amount2}元，如非本人操作，请联系人工客服{phone}取消。"
  ],
  police_impersonation: [
    "{name}您好，这里是{city}市公安局反诈中心。您名下手机号近期涉及一起案件被标记，为避免号码被停用，请在今天{time}前回电{phone}说明情况，谢谢配合。",
    "警官：我是{city}公安局刑侦支队的，警号{d6}。你的身份信息在{city}被冒用开了一张{bank}的卡，卷入一起洗钱案，涉案金额很大。\n受害人：不可能吧，我从来没去过那边。\n警官：所以我们要核实。这个案子是保密的，不能告诉家人同事，等下我们做一个视频笔录，你找个没人的房间。",
    "您好，这里是{city}医保服务中心，系统显示您的医保卡{date}在{hospital}有多笔大额异常消费，涉嫌违规套保，卡已被临时冻结。如非本人操作，我现在帮您转接当地公安报案，请不要挂机。",
    "您好，这里是{city}海关缉私科。您名下有一个国际包裹被查出夹带多本护照和银行卡，寄件人填的是您的身份证号。我们需要您配合调查，这通电话会转到{city}公安局经侦支队，请保持电话畅通。",
    "這裡是台北地檢署，你涉及一宗洗錢案件，案號{case}，檢察官已簽發羈押令。為證明你的清白，需要把帳戶存款交付監管帳戶接受清查，清查完畢會全額退還。本案屬偵查不公開，不得向任何人透露。",
    "This is Officer Tan from the Commercial Affairs Department. Your bank account has been linked to an ongoing money laundering investigation. Please do not disclose this call to anyone, including bank staff, as it may compromise the case. I will transfer you to the investigating officer now.",
    "HMRC: Our records show an unresolved discrepancy in your {year} Self Assessment. Failure to respond by {dateen} may result in a court summons being issued. View your case and respond at {link}",
    "【{gov}】{name}您好，经大数据比对，您{year}年度存在未申报收入，已被列入税务稽查名单。请于{days}日内登录{link}完成补税申报，逾期将移交公安机关处理。",
    "喂你好这里是那个工信部电信管理局啊你的手机号码呢被举报发送大量违规短信啊那我们这边两个小时以后就要对你名下所有号码进行停机处理了嗯如果不是你本人办理的话呢我现在帮你转到{city}公安局去报个案你不要挂电话",
    "你现在要做的就是证明这些钱是干净的。把你卡里的资金全部转到我们指定的资金清查账户，由专人监管，清查完毕48小时内原路返还。转账时银行问你，就说是给家里人转的，千万不能提案件的事。"
  ],
  credit_repair: [
    "同学你好，我是{lenderapp}的客服专员。根据监管最新要求，大学期间开通的校园贷账户需要统一注销，系统显示您还有一个未注销的账户，现在方便通话吗？",
    "喂你好是{name}吧我这边是那个{lenderapp}的客服啊就是呢你在读书的时候开过一个学生账户现在国家规定要全部清理掉如果不注销的话呢会影响你的征信啊以后买房买车都贷不了款你现在打开一下那个{lenderapp}我教你操作",
    "专业征信修复🔧 逾期记录、查询次数过多、呆账、担保都能处理，银行内部渠道，不成功不收费。咨询加V：{wx}",
    "专员：注销需要把您在各个平台的额度全部清零。您先把额度借出来，转到我们的监管账户，注销完成以后系统会原路退回的，不会产生任何利息。\n客户：那我转到哪？\n专员：我发您一个账户，对方户名是我们合作的资金托管方，您放心。",
    "聯徵紀錄有遲繳、協商註記，辦不了貸款？我們與銀行內部合作，可協助刪除不良紀錄，{days}天見效，前期只收處理費{amount2}元。詳洽LINE：{wx}",
    "Remove negative items from your credit report in 30 days — guaranteed! Our certified credit specialists have helped thousands get approved again. Book a free consultation: {link}. Setup fee applies.",
    "【{lender}】根据《个人信息保护法》及相关监管要求，您名下学生账户状态异常，若未在{days}日内完成核销，将同步至个人征信系统。详询{phone}。",
    "您好，您的个人征信报告出现一条“非本人查询”记录，可能是信息泄露所致。我们是{city}征信异议代办中心，可帮您向人民银行提交申诉撤销，服务费{small}元，需提供身份证照片及银行卡信息。",
    "Hi {fname}, ur CIBIL score is showing low bcoz of old student loan entry. We can clear it in 7 days via bank contact, only pay token fee Rs {small} first. Reply YES for details.",
    "你好，我们是{lender}消费者权益保护部。您之前在{lenderapp}有一笔小额借款，虽已结清但利率超过国家规定，现需为您注销账户并退还多收利息，请问方便添加企业微信核实吗？"
  ],
  acquaintance: [
    "{name}，我是{surname}总，这是我新号，旧号不用了，存一下。明天上午来我办公室一趟。",
    "加一下我这个微信{wx}，有点事跟你说，别在公司群里讲。",
    "我在陪领导吃饭不方便接电话。有个合作方的合同款{amount}元今天必须付，你先从公司账上转过去，账户我发你，回头我补签字。这事先别跟财务那边说，走完流程我再解释。",
    "各位家长好，我是{school}三年级二班班主任{surname}老师。本学期课外辅导资料费每人{small}元，请家长们扫描下方二维码缴纳，缴费后截图发群里，谢谢配合！",
    "Hi Mum, it's me 😊 dropped my phone down the loo, this is my new number. Can you message me on WhatsApp when you're free? x",
    "Mum can u do me a massive favour, need to pay my rent {gbp} today and my banking app's locked on the new phone 🙈 I'll pay u back tomorrow I promise, can I send u the details?",
    "阿{surname}，我係你表哥呀，換咗新號碼。今日喺深圳出咗少少事，急要{amount}蚊，你可唔可以轉住俾我朋友個戶口先，聽日還你，唔好話俾你阿媽知啊，佢會擔心。",
    "喂是我啊你猜猜我是谁哎呀你连我声音都听不出来了啊我是你表叔啊嗯我现在在{city}这边呢出了点事情我也不好意思跟你开口就是急需用一笔钱你能不能先借我周转一下我明天就还你",
    "老同学还记得我不？我是{name}啊，高中坐你后面那个😄 最近回{city}了，加个微信聚聚？",
    "Hello beta, this is your uncle, I changed my number. I am stuck at the airport, my card is not working. Can you send Rs {amount} to my friend's UPI, I will return tonight. Don't tell anyone, very urgent."
  ],
  game_trade: [
    "闲鱼买家：号我看过了没问题，我已经在{gameplat}上下单付款了，你去注册一下把号挂上去，钱已经冻结在平台里，你交号就能提现。",
    "【{gameplat}】尊敬的用户，您的账户因收款银行卡信息填写错误，交易资金{amount}元已被冻结，请联系在线客服缴纳同等金额保证金完成解冻，解冻后全部资金将一并返还。",
    "兄弟，你{game}那个号还卖吗？我出{amount}，走{gameplat}交易，平台担保的安全点。",
    "{game}全皮肤号低价出，{small}元一个，绝版皮肤都有，走平台要手续费，私下v交易更便宜，{wx}",
    "你好，我在{gameplat}看到你賣的{game}帳號，價錢OK，我這邊直接下標了，麻煩加一下LINE {wx}，我教你怎麼在平台上完成賣家認證才能收款。",
    "yo bro saw ur {game} acc listing on discord, i'll pay {usd} 💸 but we use a middleman site {link} — they hold the cash till u hand over the login. u in?",
    "{game}点券五折代充⚡官方渠道秒到，需要提供账号密码和登录验证，充值期间不要上号，量大从优。",
    "那个兄弟啊我刚才语音跟你说的就是嗯你那个号我要了然后我这边呢已经付款了但是平台说你那边要先充个保证金才能放款你去问一下他们客服吧我把链接发你",
    "恭喜你在{game}周年庆活动中获得限定皮肤🎁 请于{hours}小时内登录{link}领取，领取时需完成账号安全验证。",
    "买家：你是不是还没完成平台的实名认证啊？客服刚跟我说你需要先充值{amount2}作为卖家保证金，才能提现我付的钱，完成后保证金会退回的。"
  ],
  romance: [
    "Hi，看了你的资料觉得你挺真诚的。我在{city}做跨境电商，平时比较忙，也想认识一个聊得来的人。可以加个微信慢慢聊吗？🌷",
    "Good morning dear 🌹 hope you slept well. I'm still on the offshore rig, signal is poor here. Just waiting for my contract payment to clear then I can finally come and see you. You mean more to me than you know.",
    "宝贝，今天又帮我舅舅的平台做了一单，赚了{amount}，你要不要也试试？我教你，亏了算我的，我们以后的生活总要提前准备呀。",
    "亲爱的，我这边的行李还差{amount2}元清关费，我的卡在国外被冻结了，你先帮我垫一下，我到{city}第一件事就还你，还要好好抱抱你❤️",
    "早安☀️ 昨晚跟你聊完睡得特別好～我叔叔在投資公司做分析師，他說這幾天黃金有一波行情，我自己也跟了一點。你有興趣的話我教你，很簡單的。",
    "BB，我喺美國軍營度，好快就退役，想寄一箱私人物品同禮物俾你先。快遞公司會聯絡你，可能要你幫手俾少少手續費，我之後全部還返俾你 😘",
    "hey beautiful, sorry for the late reply, just finished a long shift at the field hospital. network here is terrible. can we move to Telegram? my handle is {tg} 💕",
    "亲爱的你信我吗，我们以后 fang zi 的首付就靠这个了。你先充{amount}进去试试，提现了你就知道我没骗你，这个平台是我表姐内部的 j i n g 理带的。",
    "您好，我是{romanceapp}客服，与您匹配度98%的会员{name}已向您发送语音邀请。开通心动会员{small}元即可查看对方联系方式，限时优惠今日有效。",
    "女：你平时工作累不累呀？我今天收盘又赚了一点，想着给你买个礼物。\n男：你别老给我花钱。\n女：那你也注册一个吧，我把老师的链接发你，我们一起攒钱，明年我就去{city}找你，好不好？"
  ],
  military_purchase: [
    "老板你好，我是{city}武警支队后勤处的，我们单位这边要采购一批{goods}，你店里能开正规发票吗？",
    "我们部队采购有规定，一部分配套物资必须走指定供应商，供应商电话{phone}，你先从他那里进{n}箱，货款我们统一跟你结，你只是过个账。",
    "货款{amount}元财务下午统一打给你。你那边先把{amount2}元的配套物资款垫给供应商，不然采购单审批不下来，今天之内要办好。",
    "您好，我是國軍某營區的採購士官，長官交代要跟您訂{n}份{goods}，另外需要一批特殊規格的器材，您店裡沒有的話，我們有合作廠商，麻煩您先代墊訂金，結帳時一起付清。",
    "你好，我们是{city}消防救援支队的，明天中午要订{n}桌工作餐，另外要几箱指定的酒，你们店没有的话我们合作的酒商那里有，你先帮忙联系订一下。",
    "喂老板你好啊我是那个{city}部队的啊我们这边那个领导呢要搞一个活动需要在你这采购一批东西嗯然后呢还有一部分是指定的那个军需品我给你一个厂家电话你帮我们订一下钱我们一起转你",
    "军人：老板，这是我的军官证照片你看一下。部队买东西必须对公走账，流程比较慢。\n店主：那你们直接转账给我就行。\n军人：我们财务只能跟有资质的供应商结算，你先帮我们从那个供应商拿货垫付，发票开在你这，下午一起结给你。",
    "Hi, I'm Sgt Lim from the army camp nearby. My unit would like to order {n} boxes of {goodsen} for an event this week. We also need a specific item from our approved vendor — can you help us source it first? Payment will be made in full upon delivery.",
    "您好，我是{city}公安局的，要在你们酒店订{n}间房开会，三天。另外会议需要的物资我们有指定供应商，麻烦你们先垫付一下，退房时一起结算。",
    "老板，我这边是部队后勤的，加你微信{wx}发一下采购清单。我们单位只认开了军采资质的店，你先交{small}元资质审核费，给你开通军采供应商身份，以后每月都有订单。"
  ],
  prize: [
    "【{tvshow}节目组】您好，感谢您参与上周的线上互动，您的手机号被抽选为二等奖幸运观众，奖品为{goods}一部及现金{amount}元，请留意后续通知。",
    "Congratulations! Your mobile number was selected in the {year} International Customer Loyalty Draw and you have won {gbp} GBP. To claim, send your full name and address to our claims officer at {link}.",
    "{name}您好，您在{shop}参与的周年庆抽奖活动结果已公布，请留意后续短信。",
    "您好，您的奖品{goods}已出库，按照国家规定，领取奖金前需先缴纳20%个人所得税及公证费{amount2}元，缴纳后奖金与奖品同日发出，逾期视为自动放弃。",
    "恭喜閣下於{shop}週年抽獎中獲得{goods}一部🎉 請於{days}日內登入{link}填寫收件資料並支付運費HK${small}，逾期作廢。",
    "ur number has won N{amount} in the MTN anniversary promo 🎊 call our claims agent or send ur account details to {link} to receive ur prize today",
    "客服：恭喜您，您购买{goods}时包裹里的刮刮卡中了一等奖。\n用户：真的吗，怎么领？\n客服：您登录我们的官网{link}，输入刮刮卡背面的验证码，再交一下保证金{amount2}元，奖金{amount}元三个工作日到您卡上。",
    "【{app}】您有一份数字人民币红包{small}元待领取，系{year}年消费季定向发放，扫码后按提示绑定银行卡即可到账。",
    "zhong jiang 通知：您的号码在本期回馈活动中中得{amount}元，请加客服v：{wx} 核对身份后领取，勿回复本短信。",
    "Hi {fname}, we're pleased to tell you your entry in last month's {shopen} shopper survey was drawn as a winner. Your {usd} gift card is ready. A small verification fee of {usd2} applies to confirm your identity: {link}"
  ],
  premium_rate: [
    "You have 1 new voicemail from an unknown caller. To listen, call 09{d6}{d3}. Calls cost £3.60/min plus network access charge.",
    "Someone has a crush on you 👀 Want to find out who? Txt REVEAL to 8{d4}. Subscription service £4.50/week until you send STOP.",
    "【{operator}】尊敬的客户，回复1即可订制每日星座运势及情感指南，信息费2元/条，每周3条，回复0取消。",
    "您有一条来自好友的未读语音留言，请拨打1259{d4}收听，信息费1元/分钟，不含通话费。",
    "You've got a secret admirer! To see who's been thinking about you, reply YES. $4/msg, 3 msgs/wk, 18+ only. Reply STOP to opt out.",
    "您有一則未接來電留言，對方留言表示有急事找您，請撥0204{d6}收聽，費率依電信公司公告收取。",
    "Your free {appen} trial ends today 🎬 Keep unlimited access for just {usd}/week — no action needed, you'll be billed via your mobile account. To cancel reply STOP to 7{d4}.",
    "【{operator}】您已成功订购短剧畅看包，资费{small}元/月，次月起自动续订。如需退订，请回复TD至本号码。若非本人操作请拨打{phone}。",
    "您好，欢迎致电情感陪伴热线，本热线由专业咨询师一对一倾听您的心事，每分钟收费5元，包月更优惠，请按1继续，按2转人工。",
    "Congrats! U have been chosen 4 a FREE ringtone pack 🎶 txt TONES to 6{d4} now. Std rates + {usd} per tone, 5 tones/wk. Helpline available."
  ],
  parcel_fee: [
    "{courieren}: Your parcel is ready at your local depot. Before we can release it, please confirm a small redelivery charge and choose a new slot here: {link}. Thanks for choosing us.",
    "【{courier}】您的快件{d12}因收件地址不完整无法派送，已退回{city}分拨中心，请于{hours}小时内点击{link}更新地址，逾期将退回寄件方。",
    "Your package from {shopen} is being held by customs pending an import duty of {usd}. To avoid it being returned to sender, settle the fee here: {link}",
    "【{courier}】您好，你嘅包裹{d12}因郵資不足暫存倉庫，請於{days}日內透過{link}補繳HK${small}，否則包裹將退回寄件人。",
    "【{courier}】親愛的客戶，您的包裹地址資料不完整，請於今日內更新並支付重新配送費NT$30：{link}",
    "您好，我是{courier}快递员，你有个件在{station}，系统显示是跨境件，需要缴纳清关税{amount2}元才能派送，我把缴费码发你微信{wx}上。",
    "Canada Post: item {courierno} requires a customs processing payment of {usd} CAD before it can be released for delivery. Pay securely within {hours} hours: {link}",
    "Hi {fname} your parcel {courierno} is on hold at our depot, unpaid postage R{small}. Pay now via {link} or it will be returned 2 sender. Thx",
    "喂你好我是{courier}的啊你那个快递呢我们这边扫描的时候发现单号有问题啊就是那个面单破损了嗯需要你加一下我们理赔专员的微信重新登记一下信息然后补交一个那个重新打单的费用几块钱",
    "【{courier}】温馨提示：您的包裹{d12}已到达{city}，因海关抽检需补缴关税{small}元，请于{date}前登录{link}完成支付，逾期产生滞留费。"
  ],
  account_lock: [
    "Hi {fname}, we're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details so your plan isn't interrupted. Manage account: {link}",
    "【{bank}】尊敬的客户，您的账户因长期未使用已被暂停部分功能，为保障资金安全，请于{days}日内登录{link}完成身份核验恢复。",
    "Your Apple ID was used to sign in to iCloud via a web browser on {dateen}. If this was you, you can ignore this message. If not, review your account activity here to keep it from being locked: {link}",
    "【微信支付】您的账户存在异常交易风险，已被限制收款，如需解除请回复本人姓名及身份证后六位，客服将为您处理。",
    "【{app}】您的支付宝账户因涉嫌违规已被冻结，资金暂时无法使用。请添加官方客服微信{wx}申请解冻，24小时内未处理将永久冻结。",
    "【ETC服务中心】您的ETC卡因认证信息过期已被停用，为避免影响通行，请尽快登录{link}更新车辆信息。",
    "{banken}: A new device has been added to your online banking. If this wasn't you, secure your account immediately at {link} or call us. Do not share this message.",
    "【{bank}】閣下嘅網上理財戶口因安全原因已被暫停，請即登入{link}重新核實身分，以免影響日常交易。",
    "喂您好这里是{bank}信用卡中心啊我们系统监测到您的账户在{city}有一笔异常消费嗯为了保障您资金安全呢已经临时冻结了您看是您本人消费吗不是的话我这边帮您转到风控部门处理一下",
    "Dear customer, your {appen} account has been temporarily limited due to a policy violation. To avoid permanent suspension please confirm your details within {hours} hours: {link}"
  ],
  tax_refund: [
    "HMRC: You are eligible for a tax refund of £{gbp} for the {year} tax year. Please submit your claim by {dateen} at {link} to receive payment.",
    "【{gov}】您{year}年度个人所得税汇算清缴有退税{amount2}元待领取，请于{days}日内登录{link}填写银行卡信息，逾期视为放弃。",
    "CRA: You have a pending benefit refund of {usd}. Complete your deposit via Interac e-Transfer before {dateen} to avoid delays: {link}",
    "【医保局】您有一笔{year}年度医保个人账户返还{amount2}元待领取，请于{days}日内登录{link}完成认证领取。",
    "【{gov}】因社保基数调整，您{year}年多缴的社保费{amount2}元可申请退还，请添加社保专员微信{wx}办理。",
    "ATO: You are entitled to a tax refund of {usd}. To receive your refund, please verify your banking details at {link}",
    "【ETC】尊敬的车主，根据{year}年高速通行费减免政策，您可申请ETC返还{small}元，请在{days}日内登录{link}办理。",
    "您好，這裡是財政部稅務局，您{year}年度綜所稅有溢繳退稅NT${amount}，請於{date}前點擊{link}完成帳戶驗證以便撥款。",
    "喂你好这里是{city}人社局的啊就是你之前申请的那个失业补助金已经批下来了嗯有{amount2}块钱你现在需要在手机上打开那个链接然后绑定一下银行卡我们财政那边就给你打过去了",
    "SARS eFiling: You qualify for a refund of R{amount} for the {year} assessment. Confirm your bank details to avoid processing delays: {link}"
  ]
};
