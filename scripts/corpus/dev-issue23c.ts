/**
 * Third batch of issue-23 development texts, written after hold-out set #9 (the first set written
 * blind to the patterns) was retired into tuning. New paraphrases of the script ELEMENTS set #9's
 * missed templates used — not its wordings — for every typology it found below 85 %: a collector's
 * own QR code or a "closed" official channel, pinyin and Cantonese threats, crypto-bot and 养老
 * investment pitches, English payday loans and "bonds", refunds through a mobile number, a seller's
 * deposit, meeting apps, a "police" transfer after a searched parcel, Interpol, work numbers with a
 * favour to come, CEO gift cards, class fees to a teacher's code, free skins on a parent's phone,
 * off-platform game trades, romance emergencies, fire-brigade orders, premium-rate voicemail,
 * account freezes called back on a mobile, benefit QR claims and ATM walkthroughs. Genuine near
 * misses first of all for the categories set #9 flagged (lender, delivery, marketing): notices of
 * something already done with nothing to do, lenders' overdue and rejection notices pointing to
 * their app or 95xxx hotline with anti-fraud lines, and the words the new concepts added
 * (说明会, 家长, 皮肤, 扫码登记, 信息费, 070, new numbers, gift cards) in genuine use.
 * Sources as dev-issue23.ts (data/README.md): 公安部 / 国家反诈中心 scripts, 165, FTC, Action Fraud,
 * Ofcom / PSA. Tune split: patterns were written while reading these. Appended after every other
 * row from a random stream of their own, so earlier rows stay byte for byte what they were.
 */
import type { TypologyId } from "../../src/domain/typologies";
import type { GenuineCategory } from "./genuine-templates";

export const DEV_23C_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "你的欠款我这边给你走减免，APP那边还款入口已关，直接扫我微信上的收款码还{small}就能结清。",
    "钱呢？再拖一天，后天我们的人就去你公司见你领导。",
    "我哋唔想搞到咁难睇，你喺{lender}嘅数再唔还，我哋就派同事上门搵你屋企人倾。",
  ],
  task_rebate: [
    "招網路小幫手，在家幫商品按讚留言，每則20元，當日領薪，有興趣加LINE：{wx}",
    "兼zhi打字，日jie两百，手机就能做，有意的加我q{qq}",
  ],
  investment: [
    "hey sorry wrong person! btw since you're here, my ai trading bot made me $2,400 last month, happy to show u how it works",
    "阿伯，国家扶持的康养项目，投五万每月返三千，明早社区礼堂开说明会，来了就送食用油。",
    "【鼎盛投资】尊敬的客户，您已获得原始股内部额度，未公开发行，认购截止本周五，详询顾问{phone}。",
  ],
  fake_loan: [
    "Cash b4 payday! up 2 £800 today, no credit checks, instant decision. reply CASH 2 apply",
    "Your loan is pre-approved whatever your credit score. A refundable insurance bond of £60 is needed to release your funds today.",
    "秒下款，黑户白户都可以，不看征信不打回访，先息后本，有需要的+V：{wx}",
    "Quick loans, no guarantor, bad credit ok, cash in 1 hour. Text LOAN to 07123 456789.",
    "Need a loan? We approve everyone! Get up to $5000 today. Just text your name and SSN to 555-0123.",
    "您好，我们这边是正规网贷平台，看到您之前有借款记录，现在给您一个免息名额，额度两万，需要的话我把APP下载链接发您。",
  ],
  customer_service: [
    "【京东】您购买的商品因质量问题需召回，我们将为您办理双倍赔偿，请联系理赔专线{phone}。",
    "Amazon: an order for a $799 laptop was placed on your account. If you didn't make it, press 1 to reverse the charge.",
    "喂，我係某宝客服，你買嘅嘢有質量問題，我哋賠返兩倍俾你，你下載個會議軟件，我開畫面教你收錢。",
    "您好，这里是快递理赔中心，您的包裹在运输途中丢失了，我们这边给您双倍赔偿，请问您有支付宝吗？",
    "我这边给您发一个理赔链接，您填写一下您的银行卡号和预留手机号，系统会自动把钱打给您。",
    "您打开支付宝，找到备用金，把备用金借出来，这个是我们用来给您退款的通道，借出来之后我们会帮您还上。",
  ],
  police_impersonation: [
    "这里是顺丰速运，您寄出的快件被查出夹带违禁品，我现在把电话转到当地公安分局，请您向警官说明一下情况。",
    "INTERPOL: your ID was used in a money laundering case. call the agent on {phone} today or face arrest.",
    "喂，你的快递里查出违禁物品，我们已报警，你现在跟警官联系一下，电话{phone}。",
    "这是市卫健委，您的行程记录异常，需要配合流调，请提供身份证号和银行卡号。",
    "你好，我是公安局反诈中心的，你的账户有被诈骗风险，需要下载我们的APP进行资金保护。",
    "【税务局】您有一笔未申报的个税，将被罚款，请于今日内登录 {link} 处理。",
    "你好我是{city}派出所的，你的身份信息被人冒用注册了公司，涉嫌偷税，现在帮你转到检察院。",
    "这个案子是保密的，你不能告诉任何人，包括你的家人，否则你就是泄露国家机密，要负法律责任的。",
    "你现在名下的资金需要做一个清查，证明这些钱不是赃款，清查完会原封不动退还给你。",
  ],
  credit_repair: [
    "Got CCJs holding u back? We wipe them off your credit file in 14 days, guaranteed. Small fee applies. Reply FIX",
    "【征信服务中心】您的信用报告存在一条异常查询记录，将影响房贷审批，请于{date}前登录 {link} 申请异议处理。",
    "您好，您开通的先用后付属于违规开通，今天内不关闭的话会上报征信，详询专员{phone}。",
    "您好，我是中国银保监会的工作人员，您名下有一笔校园贷未结清，需要今天处理，否则影响征信。",
    "是这样的，您需要把您支付宝和微信里的借款额度都借出来，转到我们的对公账户进行核销，核销完成后会退还给您。",
    "您好，我是支付宝的客服，您的芝麻信用分比较低，会影响您以后贷款买房，我这边可以帮您提升一下信用分。",
  ],
  acquaintance: [
    "王处长好，我是刘局，这是我新的工作号，先加一下好友，明天有件事要交代你。",
    "老同学，还记得我吗？我换了新微信，最近遇到点难处，想找你帮个忙。",
    "It's your CEO. In back-to-back meetings, need you to pick up some gift cards for a client. Keep this between us for now.",
    "各位家长好，我是二班的班主任，下学期教材费每人380元，请扫我发的收款码缴纳，缴完截图发我。",
    "老李，我是你大学同学老王啊，我现在在医院，我爸突然住院了要交手术费，我卡里的钱一时取不出来，你能先借我两万吗？",
    "妈，是我，我出车祸了，撞到人了，对方要我赔钱，不然就报警，你快给我打五万过来，别告诉爸。",
    "叔叔，我是小明的同学，小明出车祸了在医院抢救，他让我给你打电话，快打三万手术费过来。",
    "Hey, it's Mike from work, this is my personal number. The boss asked me to get some iTunes cards for a client, can you help? I'll pay you back.",
  ],
  game_trade: [
    "小朋友，恭喜你抽中王者荣耀限定皮肤，领取需要用妈妈的手机扫码验证一下哦。",
    "這號我要了，不過別在那個平台交易，手續費太高，去我常用的交易網站掛上去，錢直接打給你。",
    "原神账号平卖，满命角色，先转账后发货，要的加我vx {wx}",
  ],
  romance: [
    "亲爱的，我在工地出了车祸，现在在医院，医生说要先交押金才能手术，你能不能先转我一万？",
    "宝贝，我在海外的工钱被公司扣住了，要交一笔税先才能提出来，你可以帮我顶住先吗？",
    "哥哥，我表姐是那个平台的技术员，她带我又赚了两千，你要不要也试试？我带你。",
  ],
  military_purchase: [
    "你好，我们是消防中队的，明天拉练要订80份盒饭，另外领导要两条好烟，你先帮我们垫一下，回头一起结账。",
    "我是部dui的司务长，要采购一批劳保用品，麻烦你先垫付，我们走公账结。",
  ],
  prize: [
    "恭喜您被选为本月幸运用户，获得价值6000元的家电大礼包，请拨打{phone}确认领取。",
    "恭喜你嘅手機號碼喺週年抽獎中咗頭獎，獎金5000，你要先交498行政費我哋先可以過數。",
    "Our annual draw picked your number - a $500 prize is yours! We just need your card details to cover delivery: {link}",
  ],
  premium_rate: [
    "您有一条未收听的语音留言，请拨打125906123收听，信息费3元/分钟。",
    "You may be owed compensation for an accident that wasn't your fault. Call 070 3344 5566 now to claim.",
  ],
  parcel_fee: [
    "【香港郵政】你嘅郵件因郵資未付足而暫存，請於24小時內經 {link} 補付HK$22，否則退回寄件人。",
  ],
  account_lock: [
    "Barclays ALERT: a new payee was added to your account. If this wasn't you, call {phone} now to freeze it.",
    "【中国银行】您尾号{d4}的借记卡因未完成年审已被止付，请回拨客服{phone}办理解除。",
    "【中国移动】您的号码实名信息不全，将于今日停机，请回复身份证号和服务密码完成补登记。",
  ],
  tax_refund: [
    "【人社局】您符合技能提升补贴申领条件，补贴金额3000元，请于{date}前扫码登记领取。",
    "我是税务局的，您有一笔个税可以退，您现在去附近的ATM，插卡后按我说的操作，把界面换成英文。",
    "【医保中心】您的医保个人账户有2800元待领取，请回复收到的验证码完成认证。",
  ],
};

export const DEV_23C_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "【{bank}】您尾号{d4}的借记卡年审已完成，无需任何操作。如有疑问请致电{bankno}。",
    "【{bank}】您的信用卡已按约定自动还款{amount}元，无需您再操作，详情请登录手机银行查询。",
    "【{bank}】您的花呗关闭申请已完成，已关闭，不影响征信。",
    "【{bank}】您尾号{d4}的借记卡因长期未使用已被止付，请携带身份证到就近网点办理解除。",
    "【{bank}】为保护您的资金安全，请勿向陌生账户转账，本行不会要求您进行资金清查。",
  ],
  lender: [
    "【{lender}】您的账单已逾期{days}天，我司已委托律师事务所跟进，请登录官方APP还款或致电{bankno}协商，本平台不会要求您向个人账户转账。",
    "【{lender}】很遗憾，您的借款申请未通过审核。本平台从未授权任何人收取保证金、解冻费，请勿相信。",
    "【{lender}】您的借款已逾期，逾期记录将报送征信系统，请通过官方APP或网上银行尽快还款，客服热线{bankno}。",
    "【{lender}】您申请的借款已放款至尾号{d4}的银行卡，已自动到账，无需办理其他手续。",
    "【{lender}】您的贷款逾期已移交第三方机构催收，请通过官方APP还款，如有疑问致电{bankno}。",
    "【{lender}】您的借款申请未通过，感谢您的信任。我们从未要求用户支付任何费用，谨防诈骗。",
    "【{lender}】您的借款已逾期5天，逾期将产生罚息并上报征信，请尽快登录APP还款，客服热线{bankno}。",
    "【{lender}】您有一笔账单即将到期，请及时还款，避免逾期。还款请认准官方APP，不要向任何个人账户转账。",
  ],
  otp: [
    "【{bank}】验证码{d6}，您正在申请积分兑换，如非本人操作请忽略，切勿告知他人。",
  ],
  delivery: [
    "【{courier}】您寄出的快件在运输途中丢失，已按保价金额赔付{small}元至您的支付账户，无需额外操作，如有疑问请致电{courierno}。",
    "【{courier}】您的快件因破损已完成理赔，赔偿款已原路退回，无需操作。",
    "【{courier}】您的包裹因地址不全暂存驿站，请凭取件码{pick}到店领取，无需支付任何费用。",
    "【{courier}】您的快件已理赔成功，赔付金额{small}元已打款至您的微信零钱，无需操作。",
    "【{courier}】您的国际包裹已到达海关，正在清关中，关税将由快递员上门代收，请准备好零钱。",
    "【{courier}】您的包裹已存放超过18小时，将按0.5元/12小时收取超时费，请尽快取件。",
  ],
  appointment: [
    "【{hospital}】您预约的体检报告已出，无需到院领取，可在医院公众号查看。",
  ],
  marketing: [
    "【中国联通】尊敬的客户，您已获赠5GB国内流量，即时生效，无需办理，回T退订。",
    "【{shop}】恭喜您获得会员生日礼券，已自动发放至您的账户，无需领取，回T退订。",
    "【{shop}】会员日说明会本周六在门店举行，到场即送精美礼品，欢迎参加，回T退订。",
    "【{bank}】理财产品说明会将于周六举行，欢迎到就近网点参加。理财有风险，投资需谨慎。",
    "【中国电信】您的号码已成功办理5G套餐，套餐外国内通话0.15元/分钟，回T退订。",
    "【中国移动】尊敬的客户，您已获赠500积分，可在中国移动APP兑换话费，回T退订。",
    "【{bank}】尊敬的客户，您参与的抽奖活动中获得50元立减金，已发放至手机银行APP卡包，无需领取。",
    "【王者荣耀】恭喜您获得限定皮肤体验卡，已发放至游戏邮箱，请在游戏内领取。",
    "【中国联通】尊敬的客户，恭喜您获得周年庆抽奖二等奖，奖品为100元话费，已充值到您的号码。",
    "【{shop}】您参与的抽奖活动已开奖，恭喜您获得50元优惠券，请登录APP查看。",
    "【淘宝】您购买的商品质检不合格，平台已为您自动退款，无需任何操作。",
    "【华泰证券】新股申购提醒：今日可申购XX股份，请登录APP参与，投资有风险。",
  ],
  personal: [
    "王老师好，我是三班小明的家长，这是我的新号码，以后有事打这个就行。",
    "宝贝，我今天在医院陪妈妈做检查，一切都好，晚上回家再说。",
    "兄弟，这号码是我新办的，老号不用了，周末一起吃饭。",
    "儿子，你的游戏皮肤是用我手机买的吗？下次先跟我说一声。",
    "你好，我们是消防队的，明天要在你们店订30份盒饭，中午来取，到时现金结账。",
    "张总，我是新来的助理小王，这是我的工作号，以后日程安排我跟您对接。",
    "妈，我换了个新号，旧号不用了，有事打这个。",
    "爸，我在医院做了个小手术，已经出院了，医保报销了，不用打钱。",
    "哥，我今天路上出车祸了，人没事，车送去修了，保险公司处理，晚上回家说。",
    "同学，我卡里的钱一时取不出来，明天银行开门再说，先不去吃饭了。",
    "老师好，孩子昨天打架的事我们已经处理好了，对方家长也沟通了，谢谢您。",
    "儿子，你游戏充值用了妈妈的手机，下次先问一下。",
    "老张，我最近在学炒黄金，跟着分析师的课程学了一点，挺有意思。",
    "嫂子，我是你老公的同事，他喝多了手机没电，让我跟你说一声，他今晚在我这住，别担心。",
  ],
  government: [
    "【{city}人社局】您申请的技能提升补贴{small}元已发放至您的社保卡，无需办理其他手续。",
    "【{city}实验小学】各位家长：本学期教材费已通过学校统一缴费平台收取，学校不会通过个人收款码收费。",
    "【{city}医保局】您的医保个人账户本月划入{small}元，可在国家医保服务平台APP查询，无需任何操作。",
    "【{city}派出所】您好，您的电动车已找回，请携带身份证和购车发票到派出所认领。",
    "【国家税务总局】您的2025年度个税汇算已退税{small}元，退税款已到账，请查收。",
    "【{city}派出所】您报案的案子已有进展，请明天上午来所里说明情况。",
    "【{city}法院】您的案件已立案，请登录诉讼服务网查看，如有疑问请致电12368。",
  ],
  english: [
    "Barclays: a new payee was added to your account. If this wasn't you, call us on the number on the back of your card.",
    "Your parcel compensation of £20 has been paid to your original payment method. No action needed.",
    "Vodafone: you've been given 10GB of extra data this month, it's been added automatically. No need to do anything.",
    "Hi Dad, new number as I switched networks, save this one. See you at dinner x",
    "Chase: a new payee was added to your account. If this was you, no action needed. If not, call the number on the back of your card.",
    "Your compensation of £50 for the delayed train has been paid to your card. No action required.",
    "DWP: your cost of living payment of £299 will be paid automatically. You do not need to apply.",
    "Your Premium Bonds have won £25. It will be paid into your nominated bank account.",
    "Amazon: we've refunded £12.99 to your card. If you didn't request this, contact us via the app.",
    "Lloyds: a new payee 'J Smith' was added. If this wasn't you, call us on 0345 300 0000.",
    "Tesco Bank: your card is frozen because of unusual activity. Please call us on 0345 678 5678 or unfreeze in the app.",
  ],
};
