/**
 * Blind tuning set #62 (scam only; 8 templates per typology: a fair sample of 2025–2026 scripts with newer variants —
 * AI voices, searched "customer-service" numbers, QR codes, e-CNY, ETC, medical insurance, live-stream shopping,
 * concert tickets; session 15). Measured once on arrival (tree 760b932), 3 renderings per template: every typology
 * ≥ 87.5 % (game_trade, prize, premium_rate 87.5; the rest 100 %; the rules alone 75–100 %).
 *
 * BLIND_TUNING_62 — scam-only tuning set for the Chinese/English anti-fraud SMS classifier.
 *
 * Written BLIND to the classifier: no code, rules, data or other test sets were consulted.
 * 8 templates per typology, aiming at a fair sample of what people actually receive in
 * 2025–2026: mostly the common script of each typology plus some newer variants (AI voice
 * calls, fake customer-service numbers found via search engines, QR codes, e-CNY / digital RMB,
 * ETC, medical insurance, live-stream shopping, concert tickets, second-hand platforms).
 *
 * Styles: SMS, chat messages (WeChat, QQ, WhatsApp, LINE, Telegram) and call transcripts
 * (some labelled, some ASR-style with no punctuation); mostly simplified Chinese, some Taiwan
 * and Hong Kong traditional wording, about a quarter English. Register, length and structure
 * vary; some entries are only an opener carrying a single subtle hint.
 *
 * All wording is invented. Scripts were paraphrased from public DESCRIPTIONS of scam patterns
 * (not copied texts or data sets): Ministry of Public Security / 国家反诈中心 anti-fraud
 * advisories and typology lists, People's Bank of China and NFRA consumer risk warnings,
 * Taiwan 165 anti-fraud hotline notices, Hong Kong Police ADCC / CyberDefender alerts,
 * UK Action Fraud and Ofcom/PhoneBrain premium-rate guidance, US FTC consumer alerts and
 * IRS/HMRC phishing warnings, and general press coverage of these scams.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_62_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}，您在{lenderapp}的借款已逾期{days}天，欠款{amount}元。今日18点前未处理，我司将[移交法务部门起诉|安排外访人员上门|上报征信并通知您的紧急联系人]。请联系专员{phone}协商还款。",
    "{name}你好，这边是{lender}贷后部的，你那笔{amount}的欠款我们已经准备走司法程序了，你通讯录里的人明天都会收到律师函通知，现在还有最后一次协商机会，加微信{wx}，我给你申请减免。",
    "通话记录：喂，是{name}本人吧？我这边{lender}催收中心的。你逾期这么久电话也不接，系统显示你单位在{city}是吧？我们明天下午安排人去你单位核实情况。不想闹大的话今天先还{small}块最低还款，我发你一个指定还款账户，不要走APP，APP那边已经冻结了。",
    "【法务通知】案件号{case}：借款人{name}拖欠{lender}款项{amount}元，现已进入诉前调解阶段。请于{date}前扫描链接内二维码完成还款登记，逾期将由法院强制执行并影响子女入学。{link}",
    "您好，我是{lenderapp}的对账专员，您的账单有一笔{amount2}元的逾期费用需要线下结清，线上通道今天维护。结清后可以给您消除逾期记录，需要的话回复1。",
    "{surname}先生/女士，你欠的钱打算什么时候还？我们不是银行，不跟你讲客气。{hours}小时内不处理，你家里人、你同事都会知道你是个老赖。联系{phone}。",
    "URGENT: {fname}, your {lenderapp} loan of {usd} is {days} days overdue. A field agent will visit your address and your employer will be contacted unless you settle today via {link}. Ref {case}.",
    "Final notice from {lender} Recovery Dept. Your outstanding balance must be paid to our designated settlement account before 5pm or legal action begins and your references will be informed. Call {phone} to arrange.",
  ],
  task_rebate: [
    "【兼职】在家用手机就能做，给商家视频点赞关注截图，一单{small}元，日结不压款，宝妈学生都可以。感兴趣加QQ{qq}，备注“兼职”。",
    "亲，我们是{shop}店铺推广部，现招聘线上刷好评人员，先垫付后返款，佣金{pct}%，做完马上返。前三单是体验单，无需垫付。联系导师微信{wx}领取任务。",
    "接待员：您好，第一单已完成，{small}元佣金已到账请查收。接下来是联单任务，需要连续完成3单才能一起结算本金和佣金，第一单{amount}元，系统检测到您中途退出会冻结账户哦。",
    "您的任务账户因操作失误出现卡单，需再充值{amount2}元完成“补单”才能解冻提现，本金佣金一次性返还，请尽快处理。",
    "群公告：今日首发福利任务，下载{loanapp}注册完成关注抖音号即送{small}元红包，大家截图发群里领，后面还有高佣金的“团队任务”，名额有限。",
    "您好，看到您在找工作，我们是{company}的，招线上客服助理，每天只需要1-2小时，帮忙给电影票房做数据，时薪80-200。可以加一下Telegram {tg}了解吗？",
    "Hi! I'm Anna from a recruitment agency. We have a flexible remote job: rate products on our platform to boost merchants' ranking, earn {usd} to {usd2} per day. No experience needed. Please reply or add WhatsApp {phone}.",
    "Congratulations, you completed today's 30 tasks! To unlock your commission of {usd} your account needs a top-up of {usd2} for the combination order. Funds are refunded in full after completion.",
  ],
  investment: [
    "【{company}】尊敬的投资者，本周内部牛股已出炉，老师免费带您布局，上周推荐的3只均涨停。点击{link}进入VIP交流群，名额仅剩20个。",
    "{name}你好，我是{company}投资顾问助理小王，我们首席分析师今晚8点直播讲解新能源板块机会，加微信{wx}拉你进学习群，全程免费。",
    "老师：今天大家跟我在“机构专用通道”申购这只新股，中签率百分之百，开盘至少翻倍。没开户的联系助理，入金{amount}起。",
    "尊敬的会员，您在平台的收益已达{amount}元，提现前需缴纳{pct}%个人所得税及风险保证金{amount2}元，缴纳后24小时内到账，逾期账户将被冻结。",
    "嗨，上次聊到的那个数字货币合约平台，我哥在里面做量化一个月赚了三十多万，我拉你体验一下？先充个{usd}的USDT试试，亏了算我的。",
    "數位人民幣試點項目內部額度，年化收益{pct}%，國家背書穩賺不賠，限時認購。詳情請加LINE：{wx}",
    "Exclusive: our AI quantitative trading bot returned {pct}% last month. Join the private investors group on Telegram {tg} and the mentor will guide you step by step. Minimum deposit {usd}.",
    "Dear client, your withdrawal of {usd} is pending. Regulations require a one-time clearance fee of {usd2} before funds are released to your bank. Please pay within {hours} hours to avoid account suspension.",
  ],
  fake_loan: [
    "【{loanapp}】尊敬的客户，您的借款申请已通过审核，额度{amount}元，年化利率低至{pct}%，无需抵押，当天放款。点击领取：{link}",
    "您好，您在我司申请的{amount}元贷款因银行卡号填写错误导致资金冻结，需缴纳{small}元解冻金，解冻后连同本金一起返还至您账户。",
    "信贷员：{name}先生，你的流水不够，系统评估不过。你先转{amount2}到我们提供的账户做个流水，证明还款能力，放款的时候一起退给你，这个都是正常流程。",
    "无视黑白户，有身份证就能贷，最高{amount}，不查征信不看负债，1分钟审批。需要的回复Y，或加QQ{qq}。",
    "恭喜您获得{bank}联合推出的专属信用额度{amount}元，激活需开通会员，会员费{small}元，开通后可随借随还。",
    "您的贷款已成功放款至平台钱包，但提现失败，原因：账户存在风险。请按照客服指引缴纳保证金{amount2}元完成验资，保证金提现时一并退还。",
    "Pre-approved: a personal loan of {usd} with no credit check has been reserved in your name. To release the funds, pay the insurance deposit of {usd2} via {link}. Offer expires today.",
    "Hi {fname}, your loan application is approved! Due to a typo in your bank details the funds are frozen. Our agent can unlock them after a small verification fee. Reply YES to continue.",
  ],
  customer_service: [
    "【{shop}客服】亲，您在我店购买的{goods}因质检不合格已被召回，我们将为您办理双倍退款，请添加售后专员微信{wx}办理。",
    "您好，我是{courier}理赔中心的，您的快递{d12}在运输途中丢失了，我们按照规定给您三倍赔偿，请问您支付宝有没有开通备用金？",
    "客服：您之前在{app}开通了学生会员，现在您已经毕业了，如果不取消的话每个月会自动扣费{small}元，还会影响您的征信。我这边教您操作，您先打开支付宝搜索“备用金”……",
    "{app}提醒：您开通的“百万保障”服务即将到期续费，每月扣款{amount2}元。如非本人操作，请联系客服{phone}关闭，否则将影响个人征信。",
    "为了更快帮您处理，麻烦您在应用商店下载一个视频会议软件，开启屏幕共享，我一步步指导您操作退款，期间请保持通话不要挂断。",
    "您好，我是{shop}直播间的售后，您前天在直播间买的那款{goods}因为主播报错价格，平台要求给您退差价{small}元，需要您扫码添加退款专员。",
    "This is {shopen} customer service. A refund of {usd} for your recent order failed to process. Please install our support app so we can complete the refund via screen sharing.",
    "Call transcript: Thanks for calling the {shopen} refund hotline. To reverse the unauthorised charge of {usd}, I'll need you to buy gift cards worth {usd2} and read me the codes. This is our security procedure.",
  ],
  police_impersonation: [
    "您好，这里是{city}市公安局刑侦支队，您的身份证涉嫌一起洗钱案件，案件编号{case}，请您配合调查，本案属于国家机密，不得向任何人透露，包括家人。",
    "喂你好 我这边是{city}医保局的 系统显示你的医保卡在外地有异常消费 金额{amount}元 涉嫌骗保 现在帮你转接到当地公安机关报案 请不要挂机",
    "【{city}人民检察院】{name}，因你涉嫌非法集资，已对你签发逮捕令，请点击{link}查看通缉令并联系承办检察官{phone}，逾期将冻结你名下所有账户。",
    "警官：为了证明你的清白，我们要对你名下的资金进行清查，你把钱转到国家指定的安全账户，核查完毕后会原路退回。现在开视频，找一个没人的房间，录一段情况说明。",
    "您好，我是工信部通信管理局，您名下的手机号码{phone}涉嫌发送诈骗短信，两小时后将被停机。如有疑问请按9转人工。",
    "這裡是{city}海關，您有一個國際包裹內含違禁品及多本護照，已移送刑事警察局偵辦，請立即與偵查隊{surname}警官聯繫。",
    "This is Officer Miller from the Federal Police. Your identity has been used to open bank accounts linked to money laundering. To protect your funds, transfer them to a secure government account now. Do not tell anyone, this is a confidential investigation.",
    "IRS notice: A warrant has been issued under case {case} for unpaid taxes of {usd}. Call {phone} immediately to settle and avoid arrest within {hours} hours.",
  ],
  credit_repair: [
    "【征信中心】您的个人征信存在逾期记录，将影响房贷、车贷办理。我司可以内部渠道修复征信，一次性收费{amount2}元，不成功全额退款，咨询{phone}。",
    "您好，我是银保监会工作人员，系统显示您大学期间注册过校园贷账户，目前还没有注销，根据国家最新政策需要注销，否则会影响您的征信。",
    "同学你好，你之前在{loanapp}开通过学生账户，现在需要清空额度才能注销，你先把各平台的借款额度借出来，转入我们指定的账户核销，核销完退还给你。",
    "通話紀錄：您好，這邊是金管會，您的聯徵紀錄有一筆異常，若不處理會被列為警示戶，我們可以協助您消除不良紀錄，需先支付手續費。",
    "征信修复 逾期洗白 呆账消除 全国可做 不成功不收费 联系微信{wx}",
    "您在{bank}的信用卡存在异常逾期记录，系统即将上报人民银行征信系统。如需申诉撤销，请于{date}前登录{link}完成身份核验。",
    "Your credit score dropped due to an old student loan account still active under your name. Our credit repair specialists can remove negative entries within {days} days for a fee of {usd}. Call {phone}.",
    "Hi {fname}, we found errors on your credit report. Pay {usd} upfront and our team guarantees removal of all defaults before your mortgage application.",
  ],
  acquaintance: [
    "{name}，我是你{surname}总，这是我新号码，存一下。明天上午来我办公室一趟。",
    "小{surname}，在吗？我现在在开会不方便接电话，有个朋友急着要一笔钱，你先帮我转{amount}到他账户，下午我回来还你，这事别跟其他人说。",
    "家长您好，我是{school}的班主任{surname}老师，本学期资料费需要统一收取，请家长扫描群内二维码缴费，每人{small}元，今天下午5点前截止。",
    "妈，我手机掉水里了，这是我同学的手机，我现在急用钱交培训费，你先转{amount2}给我同学，我回头再跟你说。别打我原来的电话，打不通。",
    "老同学，还记得我吗？我是高中坐你后面的那个，好久不见啊！加个微信{wx}叙叙旧？",
    "AI语音通话记录：（声音与儿子一致）爸，我出车祸了，撞了人，对方要私了，你赶紧转{amount}过来，别告诉妈，我现在不方便说话。",
    "Hi Mum, this is my new number, I dropped my phone. Can you message me on WhatsApp? I need a favour, I've got a bill to pay today and can't get into my banking app.",
    "Hey {fname}, it's your manager. I'm stuck in a meeting, need you to grab 5 gift cards of {usd} each for a client. Keep this between us, I'll reimburse you tonight.",
  ],
  game_trade: [
    "出售{game}满级账号，全皮肤全英雄，价格{amount2}，私下交易更便宜，不走{gameplat}手续费，加QQ{qq}。",
    "【{gameplat}】您的账户有一笔{amount}元的交易因填写信息错误被冻结，需要缴纳保证金解冻，否则交易资金将被退回平台，详情{link}。",
    "收号的兄弟看这里，你那个{game}账号我要了，我给你转了钱，平台显示你需要先交个{small}的保证金才能提现，截图发你看。",
    "游戏装备低价代充，{game}点券五折，官方渠道安全不封号，先付款后充值，联系客服{wx}。",
    "恭喜你获得{game}官方周年庆福利，领取限定皮肤请扫码登录，需验证账号密码。",
    "小朋友你好，我是{game}的客服，免费领皮肤的活动你已经中了，但需要家长的手机扫码付款{small}元激活，激活后退还哦，不要告诉爸爸妈妈。",
    "Selling rare {game} account with limited skins, {usd} only. Pay outside the marketplace via gift card and I'll send login right away. DM on Discord.",
    "Your {gameplat} trade is on hold. The buyer has paid but you must verify your wallet by paying a {usd} deposit on {link} before items can be released.",
  ],
  romance: [
    "哥哥你好，我是在{romanceapp}上看到你的，感觉你挺稳重的，我平时喜欢做饭旅游，可以加个微信聊聊吗？{wx}",
    "亲爱的，今天我舅舅给了我一个内部消息，这个博彩平台有漏洞，晚上8点到9点稳赚，你先充{amount}试试，我教你下注。",
    "宝贝，我在国外做珠宝生意，最近有批货卡在海关了，需要{usd}清关费，我这边账户被冻结了，你能先帮我垫一下吗？回国马上还你，我们就可以见面了。",
    "姐姐，我们聊了两个月了，我真的很想跟你过一辈子。你下载一下我说的那个理财APP吧，我把账号给你，你看看我每天赚多少，我带你一起，为了我们的未来。",
    "你好呀，不好意思加错人了，不过感觉聊得来，可以做个朋友吗😊",
    "親愛的，我是駐外軍醫，下個月就退役了，想把存款寄回台灣給你保管，包裹到了要付{usd}的運費跟稅金，你先幫我付好嗎？",
    "Hi dear, I saw your profile on {romanceapp} and I felt a connection. I'm an engineer working on an oil rig, I'd love to chat more on WhatsApp {phone}.",
    "My love, my crypto account is showing a {usd} profit but the platform requires a {usd2} tax before I can withdraw and fly to see you. Can you help me just this once? I'll pay you back the day I land.",
  ],
  military_purchase: [
    "老板你好，我是{city}部队后勤的，我们单位要采购一批{goods}，数量{n}件，能开发票吗？价格好说。",
    "您好，{surname}排长介绍来的，我们部队要办活动需要订餐，{n}桌，明天中午送到营区，另外需要贵店帮忙代购几箱特供酒，我们给你供货商电话。",
    "老板，单位这批采购要走公对公，财务那边要先转一笔{amount}的保证金到指定供应商，你先垫付，下午一起结账，发票你开全额就行。",
    "通話紀錄：老闆你好，我們是{city}憲兵隊，要訂{n}份便當，另外還需要採購一批醫療用品，我們有指定廠商，麻煩你先幫我們付款，到時候一併結清。",
    "我是武警{city}支队司务长，我们这里采购{goods}，看了你店里的报价，可以给你{n}件的单子，你加我微信{wx}，我把部队采购资质发给你。",
    "老板，这是我们部队的采购清单和军官证照片，你核对一下，东西我们下午来拉，那个特种防护装备你们没有的话，我给你一个厂家电话，你先订货付款。",
    "Hello, this is Sergeant Davis from the local army base. We'd like to place a bulk order of {goodsen} for {n} soldiers. Our supplier requires payment upfront, can you front it and we'll settle with a military cheque?",
    "Hi, I'm calling from the police procurement office. We need {n} units of {goodsen} urgently. Please wire the deposit of {usd} to our approved vendor, and we'll reimburse you with the full order payment tomorrow.",
  ],
  prize: [
    "【{tvshow}】恭喜您被抽选为本期场外幸运观众，将获得奖金{amount}元及笔记本电脑一台，请登录{link}领取，验证码{code}。",
    "尊敬的用户，您的手机号在“{app}周年庆”活动中获得二等奖，奖品为{goods}一台，请于{days}日内支付邮费{small}元领取。",
    "恭喜！您参与的演唱会门票抽签已中签，请在30分钟内添加票务客服{wx}完成锁票，逾期名额自动作废。",
    "你好，你在我们直播间的抽奖活动中获得了一等奖，现金{amount}元，领奖需要先缴纳个人所得税{amount2}元，缴完马上发放。",
    "恭喜您中獎！您的會員帳號獲得週年抽獎頭獎，獎金新台幣{amount}元，請點擊{link}填寫領獎資料。",
    "{name}，你的积分即将清零，可兑换{goods}，点击{link}立即兑换。",
    "Congratulations {fname}! You have been selected as the winner of our {year} customer reward draw. Claim your {gbp} prize now at {link} before it expires.",
    "You have WON an Apple iPhone! Your entry number {d6} was drawn. To receive your prize, pay the {usd} shipping fee here: {link}",
  ],
  premium_rate: [
    "恭喜您获得免费彩铃体验资格，回复“Y”即可开通，信息费{small}元/条，每日3条，由{operator}代收。",
    "【运势测算】想知道你今年的财运和桃花吗？回复“算命”获取专属报告，2元/条，不回复不扣费。",
    "您的积分兑换需要验证，请拨打{phone}按提示操作，每分钟通话费{small}元。",
    "寂寞了吗？美女真人在线陪聊，发送“LOVE”到1066{d4}，{small}元/条，随时取消。",
    "FREE ringtone! Txt WIN to 8{d4} now to claim yours. Subscription service {gbp}/wk, 16+ only. Stop txt STOP.",
    "URGENT! We have been trying to contact you. Your mobile has been awarded a {gbp} prize. Call 09{d4}{d4} from a landline now. Calls cost {gbp}/min.",
    "You have a voicemail waiting. Call 0906{d6} to listen. Calls cost 3.50 per minute plus network charges.",
    "Dating alert: 3 singles near you want to chat tonight! Reply CHAT to 8{d4}, {gbp} per msg, unsubscribe anytime by texting STOP.",
  ],
  parcel_fee: [
    "【{courier}】您的快递{d12}因地址不详无法派送，请于24小时内点击{link}更新地址并支付{small}元重新派送费。",
    "您好，您有一个国际包裹在{city}海关被扣留，需补缴关税{amount2}元才能放行，请联系{phone}办理，超期将退回寄件人。",
    "{courier}提醒：您的包裹因邮资不足暂扣{station}，补缴{small}元后安排派送，补缴地址{link}",
    "您好，我是{courier}快递员，您的件破损了，我们这边给您走理赔，您扫一下我发的二维码登记一下信息，赔偿款直接打您卡里。",
    "【中華郵政】您的包裹因資料不全無法配送，請於今日內至{link}更新資訊並支付小額手續費，逾期將退回。",
    "{courieren}: Your parcel {d12} could not be delivered due to an unpaid fee of {gbp}. Reschedule delivery here: {link}",
    "USPS: The package arrived at the warehouse but cannot be delivered due to incomplete address information. Please confirm your address at {link} within 12 hours.",
    "Customs notice: an import charge of {usd} is due on your shipment from overseas. Pay at {link} or the item will be returned to sender.",
  ],
  account_lock: [
    "【{bank}】您的账户因长期未使用已被限制交易，请于{date}前登录{link}完成实名认证，否则将永久冻结。",
    "{app}安全中心：检测到您的账号在异地登录，为保障资金安全已临时冻结，请点击{link}验证身份解冻。",
    "【ETC】您的ETC卡已失效，车辆{plate}将无法通行高速，请立即登录{link}重新认证。",
    "尊敬的用户，您的微信支付因涉嫌违规已被限制收款，请在24小时内进行人脸识别解除限制，入口：{link}",
    "【数字人民币】您的钱包因未完成升级即将停用，请尽快点击{link}完成升级，以免影响正常支付。",
    "{banken}: We detected unusual activity on your account and it has been temporarily locked. Verify your identity at {link} to restore access.",
    "Your Apple ID has been suspended for security reasons. Please confirm your details within 24 hours to avoid permanent deletion: {link}",
    "Netflix: Your membership is on hold. We're having trouble with your current billing information. Update your payment details at {link}",
  ],
  tax_refund: [
    "【国家税务总局】您有一笔个人所得税退税{amount2}元待领取，请于{date}前登录{link}提交银行卡信息办理退税。",
    "【{city}医保局】您的医保账户有{small}元补贴未领取，请点击{link}完成认证，逾期作废。",
    "{name}您好，根据最新政策，您符合育儿补贴发放条件，补贴金额{amount}元，请添加工作人员微信{wx}登记领取。",
    "【社保中心】您的社保卡金融账户即将到期，需在线激活并领取补贴，办理链接{link}",
    "【{gov}】2025年度个人劳动补贴已发放，请扫描附件二维码申领，需填写银行卡号及验证码。",
    "您的ETC高速通行费多扣{small}元，可申请退款，请登录{link}办理，{days}日内有效。",
    "HMRC: You are due a tax refund of {gbp}. To claim, please submit your details at {link} before the deadline.",
    "Government Cost of Living Payment: you are eligible for {gbp}. Apply now at {link} to receive funds within 3 working days.",
  ],
};
