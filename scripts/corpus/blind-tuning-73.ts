/**
 * Blind genuine set #73 (genuine only; 14 templates per category of genuine texts that resemble the early stages of
 * scams; session 16). Measured once on arrival (tree f9aa771), 3 renderings per template: 3 of 378 flagged (0.8 %:
 * an army canteen's order paid on delivery, government 7.1 %); no text reached model probability 0.8. Then tuned on.
 *
 * Blind tuning set 73: GENUINE near-miss messages only (no scam export).
 *
 * These texts look like the EARLY stages of common scam scripts but are real
 * first contacts: a courier or 驿站 calling about a real parcel problem, a
 * bank's own fraud team asking the customer to call the number on the back of
 * the card, a real police / 反诈中心 warning call, a real lender's collection
 * reminder (repay in the official app, no link), automatic platform refunds,
 * genuine recruiters and HR, a licensed bank adviser who promises no returns,
 * friends and relatives with a new number who ask for no money, dating-app
 * chat, game-trade platform notices, a unit canteen ordering with payment on
 * delivery, and ordinary subscription / billing notices.
 *
 * It was written BLIND to the classifier: no classifier code, rules, tests or
 * other data files were read while writing it.
 *
 * Styles: plain SMS with 【sign】 headers, labelled and unlabelled call
 * transcripts, chat logs and group chats; Simplified Chinese mostly, Traditional
 * characters in about a fifth, English in the english category and scattered
 * elsewhere. None asks for a code, an up-front fee, a transfer to a "safe" or
 * stranger's account, screen sharing, or a link on an odd domain.
 *
 * Public sources whose DESCRIPTIONS of scam scripts (and of how the genuine
 * organisations say they behave) were paraphrased — no texts or data sets were
 * copied: 公安部刑侦局 / 国家反诈中心 published typology descriptions and
 * 反诈 awareness notices; China banks' and consumer-finance companies' published
 * anti-fraud guidance (official app repayment, no "safe accounts"); UK Action
 * Fraud / NCSC and US FTC consumer alerts (bank never asks you to move money;
 * call the number on the back of your card); Taiwan 165 反詐騙 awareness pages.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_TUNING_73_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "【{bank}】您尾号{d4}的信用卡于{time}发生一笔{usd}美元的境外交易尝试，已被系统暂时拦截。如非本人操作，请拨打卡片背面的客服电话或{bankno}核实。我行不会以短信或电话索要验证码或密码。",
    "来电记录（{bank}反欺诈中心）：\n客服：您好，请问是{surname}先生/女士吗？我们监测到您的借记卡刚才有一笔{amount}元的转账，收款方是首次交易对象，想跟您确认一下是不是本人操作。\n客户：是我自己转给装修公司的。\n客服：好的，那就没问题了。我们不会在电话里问您密码和验证码，您如果不放心，可以挂断后自己拨打卡背面的{bankno}再转人工核实。",
    "【{bank}】您的账户因长期未使用已转为“久悬账户”，资金安全不受影响。如需恢复使用，请本人携带身份证到任一网点办理，无需支付任何费用。",
    "【{bank}】您尾號{d4}的帳戶於{date}{time}轉出人民幣{amount}元，餘額{amount2}元。如有疑問請致電{bankno}。",
    "【{bank}】温馨提示：您向陌生账户发起的一笔大额转账已被暂缓处理（非冻结），款项仍在您本人账户中。我行工作人员将通过{bankno}与您联系确认。请勿相信任何要求转入“安全账户”的说法。",
    "{bank}App在线客服：\n我：我的卡怎么被限制非柜面交易了？\n客服：您好，系统检测到账户近期交易异常，按监管要求暂时限制了非柜面渠道，柜台存取款不受影响。请您本人带身份证到开户网点说明资金用途即可解除，不需要缴纳任何费用，也不需要转账验证。\n我：好的，明天去。",
    "【{bank}】{name}您好，您的理财经理{surname}提醒：您持有的{fund}将于{date}到期，本金及收益将自动回到您的借记卡。产品过往业绩不代表未来表现，理财非存款，投资需谨慎。如需咨询请到网点或拨打{bankno}。",
    "{banken}: We've declined a card payment of {gbp} GBP at an online merchant. If this was you, simply try again. If not, call us on the number on the back of your card. We will never ask you to move money to a safe account.",
    "【{bank}】親愛的客戶：您的信用卡額度已於{date}調整為{amount}元，無需任何操作。本行不會以電話或簡訊要求您提供驗證碼。",
    "【{bank}】您申请的信用卡已寄出，快递单号{d12}，请注意查收。收到后请通过{bank}官方App或拨打{bankno}激活，切勿向任何人透露卡片背面的安全码。",
    "喂，您好，这边是{bank}{city}分行营业部的，我姓{surname}。您上周在我们网点办的定期存单已经到期了，[就是|主要是]跟您说一声，钱已经自动转回活期了。您有空带身份证过来续存就行，电话里不用您提供任何信息。好的，那不打扰了。",
    "【{bank}】您的账户于{date}收到一笔{amount}元的退款入账（来源：{shop}），为订单取消后自动原路退回，无需您任何操作。如有人以“退款多打”为由要求您转回，请拨打{bankno}核实。",
    "【{bank}】您的借記卡將於{date}到期，新卡已製作完成，請本人攜帶有效身份證件到{city}開戶網點領取。舊卡到期前仍可正常使用。",
    "{bank}信用卡中心：{name}您好，本期账单{amount}元，最后还款日{date}。您可通过{bank}App、网银或自动还款方式还款，如已还款请忽略。【{bank}】",
  ],
  lender: [
    "【{lender}】{name}您好，您的借款本期应还{amount}元已逾期{days}天，请尽快登录“{lenderapp}”App完成还款，以免产生更多罚息并影响个人信用记录。我司不会要求您向任何个人账户还款。",
    "通话记录（{lender}贷后服务）：\n坐席：您好，请问是{name}本人吗？我这里是{lender}的，工号{d4}。您在{lenderapp}的借款有一期{amount}元到期还没还，想跟您确认一下是忘记了还是遇到困难了？\n客户：忘了，这两天发工资就还。\n坐席：好的，您直接在{lenderapp}里点“立即还款”就行，我们不会让您转到其他账户。如果确实有困难，也可以在App里申请延期。",
    "【{lender}】提醒：您的分期第{n}期將於{date}扣款{amount}元，請確保綁定銀行卡餘額充足。如需提前還款，請於官方App內操作。",
    "【{lender}】您的借款申请未通过审核，本次审核不收取任何费用。任何自称可“内部操作”“包下款”并要求先交钱的均为诈骗。",
    "【{lender}】您的可用额度已提升至{amount}元，是否使用由您决定，不使用不产生任何费用。借款请认准{lenderapp}官方App。",
    "【{lender}】您已于{date}结清全部借款，账户状态已更新为“已结清”，征信数据将在{days}个工作日内同步更新。如需结清证明，可在App“我的-结清证明”自助下载。",
    "【{lender}】{name}您好，您的借款已逾期{days}天，根据合同约定我司将如实向征信系统报送逾期记录。请在{lenderapp}内还款，如有异议可拨打官方客服热线。我司不存在上门收取现金的情况。",
    "{lenderapp}在线客服\n用户：有人打电话说我的学生账户要注销，不注销影响征信，是你们吗？\n客服：不是我们。我们不会主动致电要求注销账户，更不会让您“清空额度”或转账。您的账户状态正常，如确需注销，在App“设置-注销账户”自行操作即可，全程免费。\n用户：明白了，谢谢。",
    "【{lender}】您好，我们注意到您近期还款遇到困难。您可在{lenderapp}内申请分期协商，无需支付任何手续费或保证金，也无需通过第三方代理办理。",
    "【{lender}】{name}您好，您本月帳單{amount}元已自動扣款成功，感謝您按時還款。",
    "[您好|喂，您好]，{name}吗？我是{lender}的客户经理小{surname}，您之前在网点咨询过经营贷，现在审批下来了，额度{amount}元，利率按合同来。签约得您本人带营业执照来营业厅面签，放款直接到您的对公账户，过程中不用交任何费用。您看哪天方便？",
    "【{lender}】您的借款已逾期，我司已委托合作机构进行还款提醒。该机构仅会提醒您在{lenderapp}内还款，不会提供任何其他还款账户，也不会联系您的亲友。如遇不当催收请拨打我司投诉电话。",
    "【{lender}】溫馨提示：您今天有一筆{amount}元待還，系統將於{time}從尾號{d4}的銀行卡自動扣款。",
    "{lender}: Hi {fname}, your repayment of {usd} USD was due on {dateen} and is now {days} days overdue. Please pay in the official app. We will never ask you to pay into a personal account.",
  ],
  otp: [
    "【{app}】验证码{code}，用于登录，{n}分钟内有效。工作人员不会向您索要，切勿告知他人。",
    "【{bank}】您正在进行网上支付，金额{amount}元，验证码{code}。任何人索要验证码都是诈骗，请勿泄露。",
    "【{bank}】您的動態密碼為{code}，用於綁定新裝置，5分鐘內有效。本行職員不會向您索取此密碼。",
    "{appen}: Your verification code is {code}. Don't share it with anyone, including people who say they are from {appen}.",
    "【{app}】您的账户于{time}在新设备登录（{city}）。如非本人操作，请在App内修改密码。我们不会打电话向您要验证码。",
    "【{operator}】验证码{code}，您正在办理宽带业务查询。如非本人操作请忽略，营业厅工作人员不会索要此验证码。",
    "妈：刚才收到一条验证码短信，还有个人打电话说是客服，让我念给他。\n我：别念！直接挂掉，验证码谁问都不给。\n妈：好，我挂了。\n我：对，下次有这种就先问我。",
    "【{courier}】您的取件碼{pick}，包裹已到{station}，請憑取件碼取件。",
    "【{app}】您正在注销账户，验证码{code}。注销后数据将无法恢复，如非本人操作请立即修改密码。",
    "【{bank}】您的手机银行于{date}{time}更换绑定设备，如非本人操作请立即致电{bankno}冻结账户。",
    "【{app}】驗證碼{code}，您正在重設密碼。請勿將驗證碼告訴任何人，包括自稱客服的人員。",
    "{banken}: {code} is your one-time passcode to approve a payment of {gbp} GBP to {shopen}. If you didn't request this, don't share it and call the number on the back of your card.",
    "【{gov}】您正在登录政务服务平台，验证码{code}，{n}分钟内有效，请勿泄露。",
    "【{hospital}】您的就诊预约验证码为{code}，用于在官方公众号确认预约，请勿转告他人。",
  ],
  delivery: [
    "来电：\n快递员：喂，{surname}先生吗？我{courier}的，您有个件地址写的{city}那个小区，没写楼号，我现在在门口，您几栋的？\n收件人：8栋2单元。\n快递员：好嘞，十分钟送到，没有到付，您直接拿就行。",
    "【{station}】您的{courier}包裹已到站，取件码{pick}，请于{days}天内到驿站取件，超时未取将退回。",
    "【{courier}】您的快递{d12}因收件地址不详暂存网点，快递员{surname}师傅将致电与您核对地址，不收取任何费用。您也可在{courier}官方App内修改地址。",
    "【{courier}】您的包裹{d12}已由派件員{surname}先生派送中，預計{time}前送達。如不在家可放至管理處。",
    "您好我是{station}的，您那个件外包装破了，我们拍了照，里面东西看着没事。您过来验一下再签收，有问题直接拒收，我们给您退回去，不用您出钱。",
    "【{courier}】很抱歉，您的快件{d12}在运输中发生破损，我们已为寄件人发起理赔，理赔款将原路退回寄件人，您无需任何操作。",
    "{courieren}: Your parcel {d12} could not be delivered today because no one was home. We'll try again tomorrow, or you can collect it from your local depot with photo ID. No fee is payable.",
    "【{shop}】您购买的{goods}已由{courier}发出，运单号{d12}，可在{shop}App“我的订单”查看物流。",
    "{courier}快递员{surname}师傅：\n您好，您的件放小区门口{station}了，取件码{pick}。\n我：好的谢谢！\n{surname}师傅：不客气，有问题随时打我电话。",
    "【{courier}】您的国际包裹{d12}已清关完成，关税已由发件商家预付，将于{days}日内派送，签收时无需支付任何费用。",
    "【{station}】您有{n}个包裹超过{days}天未取，驿站将于{date}按规定退回寄件方，如需保留请致电驿站。",
    "【{station}】您的包裹已到站，取件碼{pick}。營業時間9:00-21:00，請攜帶取件碼取件。",
    "【{courier}】您寄往{city}的快件已簽收，感謝使用。如需開具發票請在官方App內申請。",
    "喂，是{name}吗？我顺路送件的，你那个冷链的生鲜箱子到了，家里没人，我给你放门口鞋柜上还是送到物业？……行，那我放物业，你回来拿一下，箱子上写着你名字。",
  ],
  appointment: [
    "【{hospital}】{name}您好，您已成功预约{date}{time}{dept}门诊，请提前30分钟凭身份证到自助机取号。如需取消请在医院官方公众号操作。",
    "【{salon}】{name}您好，您预约的{date}{time}的服务已确认，如需改约请提前致电门店。",
    "来电记录：\nHR：您好，请问是{name}吗？我是{company}人力资源部的{surname}，您在招聘平台投的简历我们看过了，想约您{date}下午来公司面试。\n求职者：好的，需要带什么吗？\nHR：带身份证和简历就行。面试不收任何费用，也不需要您提前办卡或交培训费。地址我稍后通过招聘平台消息发给您。",
    "【{car}】尊敬的车主，您的爱车（{plate}）已到保养周期，建议于{date}前预约到店保养，预约请拨打门店官方电话。",
    "【{clinic}】提醒您：{date}{time}牙科複診，請準時到達。如需更改時間，請致電診所。",
    "【{school}】{name}家长您好，本学期家长会定于{date}{time}在学校礼堂召开，请准时参加。学校不会通过短信收取任何费用。",
    "【{gym}】{name}您好，您的私教课已预约{date}{time}，教练{surname}。您的会员卡将于{days}天后到期，续费请到前台办理。",
    "【{hospital}】您的體檢報告已出，可在醫院官方公眾號憑身份證號查詢，或於工作日到{dept}領取紙本報告。",
    "喂您好，这里是{hospital}{dept}，跟您确认一下明天上午的胃镜检查。今晚十点以后不要吃东西，明早带上医保卡和之前的化验单，费用到时候在收费窗口交就行。您有问题可以打医院总机问。",
    "【{gov}】您预约的{date}{time}出入境证件办理业务已成功，请携带身份证原件按时到窗口办理。",
    "{clinic}: Hi {fname}, reminder of your appointment on {dateen} at {time}. Reply C to confirm or call us to reschedule.",
    "【{car}】您的车辆年检预约成功：{date}{time}，{city}机动车检测站。请携带行驶证、交强险保单按时到站。",
    "招聘平台消息\n{surname}经理：{name}你好，看了你的简历挺合适的。我们是正规全职岗位，有五险一金，不是兼职刷单。方便的话约个时间视频面试？面试全程免费。\n我：好的，周三下午可以吗？\n{surname}经理：可以，我在平台上给你发面试邀请。",
    "【{salon}】{name}您好，您預約的{date}{time}剪髮服務已確認，如需改期請提前一天致電門市。",
  ],
  marketing: [
    "【{app}】您的会员将于{date}自动续费{small}元，如不需要可在App“我的-会员-管理自动续费”中关闭。",
    "【{operator}】尊敬的客户，您本月话费账单{small}元，已从账户余额扣除。详情可拨打{operator}官方客服热线查询。",
    "【{shop}】恭喜您在店庆抽奖活动中获得{goods}一份，奖品将随您下一笔订单一并发出，无需支付任何费用。可在{shop}App“我的-奖品”查看。",
    "【{gym}】春季会员活动：即日起至{date}，续卡满一年送{n}节私教课，详情咨询前台。退订回T",
    "【{shop}】會員日優惠：全場滿{amount}元減{small}元，活動至{date}。退訂回T",
    "【{app}】您已成功取消自动续费，当前会员权益将保留至{date}，到期后不再扣费。",
    "{appen}: Your subscription renews on {dateen} for {usd} USD. Manage or cancel anytime in Settings. No action needed if you want to keep it.",
    "【{bank}】{name}您好，{fund}现已开放申购，业绩比较基准{pct}%，不代表实际收益。理财非存款，产品有风险，投资需谨慎。详情请咨询网点理财经理。退订回T",
    "【{gameplat}】您出售的{game}账号已成交，平台已完成换绑，货款{amount}元已转入您的平台钱包，可随时提现，提现不收取任何保证金。请勿私下交易。",
    "【{app}】您的外賣紅包{small}元即將於{date}過期，打開{app}App即可使用。退訂回T",
    "来电：\n理财经理：{name}您好，我是{bank}{city}支行的理财经理{surname}。您上次咨询的基金定投我整理了几款，都是中低风险的，但先说明一下，没有保本保收益这回事。您有空来网点做个风险测评，我们再详细聊。\n客户：好的，周末营业吗？\n理财经理：周六上午营业，您直接来柜台找我就行。",
    "【{operator}】您的流量套餐已使用{pct}%，如需加油包可在{operator}官方App办理，不办理不收费。",
    "【{gym}】親愛的會員，您的年卡將於{date}到期，即日起續卡享早鳥優惠，詳情請洽前台。",
    "【{app}】您的账单：{date}扣款{small}元（{tvshow}单片点播）。如有疑问可在App内申请退款，退款将原路退回。",
  ],
  personal: [
    "嗨，我是{name}，换号了，这是我的新号码，旧号不用了，存一下哈。周末聚餐还去吗？",
    "{surname}老师好，我是您以前的学生{name}，换了新手机号，跟您说一声。今年教师节没能回去看您，祝您身体健康！",
    "媽，我到{city}了，剛下高鐵，晚上跟同事吃完飯給你打電話，不用擔心。",
    "小{surname}，我是你二姨，这个是我新号。下周你表弟要去{city}面试，能不能让他在你那住两晚？你方便就回个电话，不方便也没关系。",
    "{romanceapp}聊天\n对方：今天加班到现在，刚吃上饭，你呢？\n我：我也刚到家，在看{tvshow}。\n对方：哈哈我也在追这个！下周末要不要一起去看个展，白天，在市中心。\n我：可以呀，那周六下午？",
    "阿{surname}，我換了新號碼，舊的那個停用了。下個月回{city}，到時候約出來喝茶！",
    "哥，我手机掉了，现在用同事手机给你发的。新卡明天补出来，有事先打我单位座机，别担心，人没事儿。",
    "{name}，周六的婚宴在{city}大酒店二楼，中午12点，你直接来就行，[不用带礼金|不收礼金]，人到就好！",
    "家庭群\n爸：明天降温，都多穿点。\n大姐：收到。@小弟 你上次说要的那个{goods}我买好了，放妈那了，你周末回来拿。\n小弟：谢谢姐！多少钱我回家给你。\n大姐：不用，算生日礼物。",
    "还记得我吗？高中同桌{name}！从同学群里找到你号码的。十年同学会定在{date}，{city}，来不来？费用现场AA。",
    "Hey it's {fname}, new number! Lost my old phone on holiday. Save this one. Are we still on for Friday?",
    "{name}，我是{surname}总，明天上午的会改到十点，会议室不变，你通知一下组里其他人。",
    "姐，我今晚加班，小寶放學你幫我接一下好嗎？我跟老師說過了，六點前到學校門口就行，謝謝！",
    "喂，舅舅？我是{name}啊，我换号码了……对对，原来那个不用了。没啥事，就跟您说一声，过年回去看您和舅妈。好，您忙。",
  ],
  government: [
    "来电记录（{city}市反诈中心）：\n民警：您好，我们是{city}市公安局反诈中心的，系统监测到您刚刚接到一个疑似诈骗电话，对方有没有让您转账或者下载什么软件？\n市民：有人说是客服，要给我退款。\n民警：那是诈骗。请您不要转账、不要共享屏幕，也不要提供验证码。我们不会问您的银行卡信息，您有疑问可以直接拨打110核实。",
    "【国家反诈中心】提示：公检法机关不会通过电话办案，不存在所谓“安全账户”，凡要求转账到“安全账户”的都是诈骗。如遇可疑情况请拨打96110。",
    "【{gov}】您的社保卡已製作完成，請於{date}後攜帶身份證到{city}社保服務大廳領取，領取不收取任何費用。",
    "【{gov}】{name}您好，您{year}年度个人所得税综合所得汇算已完成，退税{amount}元已退至您申报的银行卡，请注意查收。请勿相信任何要求您点击链接“领取退税”的短信。",
    "您好，我是{city}某部队营区食堂的采购员{surname}，下周要订{n}箱矿泉水和一批蔬菜，按老规矩货送到营区门口，我们验完货当场结账，您开好发票就行。单子我一会儿拍照发您。",
    "【{gov}】您的駕駛證將於{date}到期，請於到期前90日內辦理換證，可至車管所窗口或官方App辦理。",
    "【{gov}】您的车辆{plate}于{date}在{city}违反禁停标志停车，已记录在案。请通过官方交管App或到交警窗口处理，本短信不含任何链接。",
    "您好，这里是{city}公安局某派出所，您之前报案丢的电动车找到了。您方便的话带上购车发票和身份证到所里来认领，不用交任何费用。我们的座机号码您可以自己查一下再打过来确认。",
    "【{gov}】医保提醒：{year}年度城乡居民医保费可通过{bank}柜台、手机银行或税务官方App缴纳，截止{date}。工作人员不会上门收取现金，也不会要求转账到个人账户。",
    "【{gov}】尊敬的市民，您申请的{year}年度购房补贴{amount}元已审核通过，将于{days}个工作日内发放至您本人社保卡银行账户，无需缴纳任何费用。",
    "【反詐騙宣導】{city}市警察局提醒：警察不會在電話中要求您監管帳戶或轉帳。接到可疑來電，請撥打165反詐騙專線查證。",
    "【{city}市人民法院】{name}您好，您作为当事人的{case}号案件定于{date}{time}开庭，请携带身份证原件按时到庭。法院不会通过电话要求缴纳任何款项，诉讼费请在立案窗口或官方渠道缴纳。",
    "【{gov}】您好，您{date}通过12345热线反映的问题已受理，工单号{d6}，承办部门将在{days}个工作日内回复您。",
    "Tax office notice: your {year} return has been processed and a refund of {gbp} GBP has been paid into the bank account you gave on your return. We never text you a link to claim a refund or ask for bank details by text.",
  ],
  english: [
    "Hey {fname}, it's me, new number! Old phone died. Save this one x",
    "{courieren}: Your parcel {d12} is out for delivery today. You don't need to do anything; we'll leave it in a safe place if you're out.",
    "{banken}: We've noticed an unusual payment on your card ending {d4}. Please call us on the number on the back of your card. We'll never ask for your PIN or full passcode.",
    "Mum, I won the pub quiz lol. Prize was a 20 quid voucher. Home by 11",
    "{appen}: Your code is {code}. Never share it. {appen} staff will never ask you for it.",
    "Hi {fname}, this is Dr {surname}'s office confirming your appointment on {dateen} at {time}. Please call if you need to reschedule.",
    "{shopen}: Your refund of {usd} USD for order {d6} has been issued to your original payment method. It may take 3-5 business days to appear. No action needed.",
    "My account got locked again lol, too many wrong passwords. Reset it now. Still on for lunch?",
    "{fname}: are you coming to the thing tonight?\nMe: which thing\n{fname}: Sam's birthday!! free drinks till 9\nMe: omg yes, be there at 8",
    "{gym}: Your membership renews on {dateen}. No action needed. To cancel, visit the front desk.",
    "Call from {banken} fraud team:\nAgent: Hi, is that {fname}? I'm calling about a payment attempt on your card. I won't ask you for any security details. If you'd prefer, hang up and call the number on the back of your card and ask for the fraud team.\nCustomer: I'll do that, thanks.\nAgent: No problem at all.",
    "[Urgent|Quick one] - can you grab milk on the way home? We're out. Thanks!!",
    "Haha I matched with you because of your dog photo. What's his name? Fancy a coffee this weekend somewhere central?",
    "{operatoren}: Your bill of {gbp} GBP will be collected by direct debit on {dateen}. View it any time in the {operatoren} app.",
  ],
};
