/**
 * Blind genuine set #86 (genuine only; 16 templates per category, weighted to first messages and chats that look like a
 * scam's opener: new numbers, old classmates, dating matches, notices that ask nothing yet; session 17). Measured once on
 * arrival (tree 6e1d54d), 3 renderings per template: 6 of 432 flagged (1.4 %: a classmate asking to add them on WeChat,
 * a lender's contract "downloadable in the app"). Then tuned on.
 *
 * Blind tuning genuine set 86 — session 17.
 *
 * Written blind: the author did not open, list, read or search anything in the project
 * (no access to /work/main, its code, data or other test sets) and relied only on general
 * knowledge of how genuine messages look in 2024–2026.
 *
 * GENUINE messages only (144 = 9 categories × 16). Weighted toward everyday first messages
 * and chats that superficially resemble a scam's opener but are not: friends on new or
 * borrowed numbers, old classmates, colleagues and bosses, dating-app matches talking about
 * jobs / funds / crypto, neighbours, real recruiters, class groups, after-sales follow-ups,
 * and bank / courier / government notices that ask for nothing, or only point to the
 * official app, website or 95xxx hotline.
 *
 * Styles mixed within every group: terse SMS with and without 【签名】, chatty WeChat / QQ /
 * LINE / WhatsApp / Telegram / dating-app messages, multi-turn chats and call transcripts
 * (varied speaker labels or none, ASR-like fillers 嗯、呃、那个、就是), Traditional Chinese
 * (Taiwan and Hong Kong / Cantonese) in roughly a fifth of the Chinese texts, typos,
 * homophones, pinyin initials, emoji, and English in UK, US, Indian, Singaporean, Malaysian,
 * Nigerian, Filipino and Australian registers.
 *
 * Public sources whose DESCRIPTIONS were paraphrased (no real texts copied): general public
 * guidance from the Ministry of Public Security / 国家反诈中心 on common fraud openers, bank
 * anti-fraud reminder conventions (95xxx numbers, "we never ask for codes"), China's
 * 退订回T marketing-SMS convention, Taiwan 165 反詐騙 and Hong Kong ADCC public advice,
 * UK Action Fraud / Ofcom 7726 guidance, US FTC consumer alerts, and HMRC / IRS statements
 * on how they do and don't contact people.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_TUNING_86_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "【{bank}】您尾号{d4}的借记卡于{date}{time}消费支出人民币{small}.00元，余额{amount}.36元。如非本人操作请致电{bankno}。",
    "【{bank}】温馨提示：您的信用卡本期账单已出，应还金额{amount}元，最后还款日{date}。可通过手机银行App查询明细或设置自动还款。",
    "{bank}提醒您：公检法机关不会通过电话办案，更不存在“安全账户”。凡是要求您转账到所谓安全账户、共享屏幕或提供验证码的，都是诈骗。[如有疑问请拨打|咨询请致电]{bankno}。",
    "【{bank}】尊敬的客户，因{city}某法院协助执行通知，您尾号{d4}账户已被司法冻结，冻结金额{amount}元。详情请携带本人身份证到任一网点或向执行法院查询，本行不会以此为由要求您转账。",
    "【{bank}】您好，您尾号{d4}的信用卡临时额度已于{date}到期恢复为原固定额度，如需再次申请请登录手机银行。[本短信无需回复|退订回T]",
    "【{bank}】您尾号{d4}账户于{date}{time}收到{name}转入{amount2}.00元，活期余额{amount}.80元。",
    "{surname}先生/女士您好，我是{bank}{city}分行的客户经理小{surname}，您上周在网点咨询的大额存单本周五到期，您有空直接来网点柜台办就行，不用准备别的，带身份证。我这边不在电话里办任何业务哈。",
    "【{bank}】检测到您的账户在新设备登录手机银行（{city}，{time}）。如非本人操作，请立即通过官方App“安全中心”冻结或致电{bankno}，切勿向任何人透露验证码。",
    "【{bank}】為保障您的資金安全，本行不會以電話或簡訊要求您提供網銀密碼、OTP或操作ATM。如接到可疑來電，請撥165反詐騙專線查證。",
    "【{bank}】您的信用卡於{date}在海外商戶刷卡新台幣{amount}元，如有疑問請撥打卡片背面客服電話。",
    "【{bank}】提提你：本行職員不會透過WhatsApp要求你提供網上理財密碼或一次性密碼。如有懷疑，請致電本行熱線或瀏覽官方網站。",
    "嗯喂您好，这边是{bank}信用卡中心，工号{d4}，就是呃跟您说一下您那个分期账单下个月结清了，不需要您做任何操作哈，有问题您可以打卡背面的{bankno}核实。好的那不打扰了，再见。",
    "【{bank}】您于{date}申请的借记卡挂失已受理，新卡将在{days}个工作日内寄至您预留地址，也可至网点领取。",
    "【{bank}】您的账户近期存在多笔夜间小额入账，根据反洗钱要求，请您本人携带身份证到开户网点核实交易背景。本行不会通过电话或链接要求您提供任何信息。",
    "【{bank}】尊敬的客户，您尾号{d4}的储蓄卡将于{date}到期，为不影响使用，请持有效身份证件到任一网点免费换领。",
    "【{bank}】您的“{fund}”定投扣款{small}.00元已成功。理财非存款，产品有风险，投资须谨慎。",
  ],
  lender: [
    "【{lender}】您本期应还款{amount}元，还款日为{date}，请确保绑定银行卡余额充足。如已还款请忽略。",
    "【{lenderapp}】尊敬的{surname}先生，您的借款已逾期{days}天，逾期将按合同计收罚息并如实上报征信。请登录{lenderapp}App还款，或致电官方客服查询，请勿向任何个人账户转账。",
    "【{lender}】恭喜您，您申请的额度已审批通过，可用额度{amount2}元，年化利率{pct}。借款请在官方App内操作，我司不收取任何前期费用。",
    "【{lender}】温馨提示：您{date}的还款已成功入账{amount}元，感谢您按时还款，良好的信用记录将有助于您后续借款。",
    "【{lenderapp}】近期有不法分子冒充平台客服，以“注销账户”“消除征信影响”为由诱导转账。注销账户无需任何费用，征信记录无法人为修改，请认准官方App。",
    "{surname}女士您好，这里是{lender}贷后服务中心，您的账单已逾期{days}天，金额{amount}元。如继续逾期我司将依法通过诉讼途径处理。还款请仅通过{lender}官方App或官方客服核实，我们不会提供私人账户。",
    "喂，您好，是{name}吗？嗯我这边{lenderapp}的，就是提醒您明天是还款日，那个您绑定的卡要是余额不够的话可以在App里换一张卡。没有其他事，您自己在App里看就行。",
    "【{lender}】您的个人信用报告中将记录本笔借款的还款情况。如对征信记录有异议，可通过中国人民银行征信中心官方渠道提出异议申请。",
    "【{lenderapp}】您的借款合同及结清证明已生成，可在App“我的-借款记录”中下载。如有疑问请联系在线客服。",
    "【{lender}】您在{date}申请的提前还款已处理完毕，实际还款金额{amount}元，利息按实际使用天数计算，无违约金。",
    "【{lender}】您好，您的借款申请暂未通过综合评估，感谢您的信任。本平台不存在“付费包过”“解冻金”等服务，请谨防诈骗。",
    "【{lenderapp}】您本月账单{amount}元已生成，可享受最低还款或分期还款，具体以App页面为准。退订回T",
    "【{lender}】親愛的客戶，您本期分期款新台幣{amount}元將於{date}自動扣款，請確認帳戶餘額充足。如有疑問請撥打本公司客服專線。",
    "【{lender}】閣下的私人貸款已批核，款項將於{days}個工作天內存入閣下登記的銀行戶口。借定唔借？還錢至緊要！本公司絕不會要求客戶預繳任何手續費。",
    "【{lender}】您好，您尾号{d4}的贷款已结清，我们将在{days}个工作日内向征信机构报送结清信息。结清证明可在官方App自行下载。",
    "【{lenderapp}】您的信用额度因长期未使用已调整为{amount}元，如需恢复可在App内重新评估，无需任何费用，官方不会电话邀请您“刷流水”。",
  ],
  otp: [
    "【{app}】验证码{code}，用于登录验证，5分钟内有效。验证码提供给他人可能导致账号被盗，请勿泄露。",
    "您的验证码是{code}，[请勿告知他人|切勿转发给任何人]，工作人员不会向您索要。【{shop}】",
    "【{bank}】您正在进行网上支付，验证码{code}，金额{small}.00元。任何索要验证码的都是骗子，千万别给！",
    "{code} is your {appen} verification code. Don't share this code with anyone — we'll never call to ask for it.",
    "【{app}】您的账号于{time}在{city}一台新设备上登录。如非本人操作，请立即在App内修改密码。",
    "【12306】验证码{code}，您正在进行找回密码操作，请勿将验证码告知他人。",
    "【{operator}】您正在办理业务，随机密码为{code}，有效期10分钟。如非本人办理请忽略，切勿告诉他人。",
    "G-{code} is your Google verification code.",
    "【{app}】驗證碼：{code}，10分鐘內有效。請勿將驗證碼提供給任何人，包括自稱客服的人員。",
    "【{bank}】你的一次性密碼為{code}，用於登記新流動裝置。本行職員不會向你索取此密碼。",
    "【{game}】您正在修改账号绑定手机，验证码{code}。如非本人操作，您的密码可能已泄露，请尽快修改。",
    "Your {banken} security code is {code}. We will NEVER ask you for this code by phone, text or email. If someone does, it's a scam.",
    "【{app}】您正在使用免密支付开通功能，验证码{code}。如非本人操作请勿理会，账户资金安全。",
    "【微信支付】您的账户于{time}成功开通指纹支付，如非本人操作请在微信-我-服务-钱包-安全保障中处理。",
    "Use {code} to sign in to your {appen} account. This code expires in 10 minutes. Didn't request it? You can safely ignore this message.",
    "【{courier}】您的寄件验证码为{code}，请在快递员上门取件时当面出示，勿在电话中提供。",
  ],
  delivery: [
    "【{courier}】您的快件{d12}已到达{station}，取件码{pick}，请凭取件码在{time}前领取。",
    "【{courier}】您好，我是{courier}快递员小{surname}，您的包裹今天下午派送，家里有人吗？没人的话我放门口快递柜，取件码会短信发您。",
    "喂你好，{shop}的快递，我在你们小区门口了，你是几栋来着？哦3栋是吧，那我给你放楼下架子上可以吗？好嘞。",
    "【{app}】您的外卖已由骑手{surname}师傅取餐，预计{time}送达。骑手电话已加密，如需联系请在订单页拨打。",
    "【中国海关】您的进境物品{d12}需办理申报，请登录“掌上海关”App或单一窗口官方网站完成申报，申报后依法缴纳税款，不接受私人账户转账。",
    "【{courier}】由于您填写的地址不完整，快件{d12}暂存网点，请在{courier}官方App或小程序修改地址，或致电{courierno}。",
    "【{courier}】很抱歉您的快件{d12}在运输途中外包装破损，我们已为您登记理赔，理赔进度可在官方App“我的-理赔”中查看，无需提供银行卡信息。",
    "亲，您在{shop}购买的{goods}已签收，使用中有任何问题可以在订单页找在线客服申请售后哦，祝您生活愉快~",
    "【{courier}】您的快件已由{station}代收，如非本人授权代收请致电{courierno}。",
    "【{courier}】您有一件到付快件，运费{small}元，快递员将上门派送，请当面核对后付款。",
    "【{courier}】您的包裹已送達{station}，取件碼{pick}，請於{days}日內取件，逾期將退回寄件人。",
    "【{courier}】閣下的包裹將於明日上午派送，如需改期請透過官方App更改，派送員不會要求閣下另付費用。",
    "老板你好，我是跑{city}专线的货车司机，你那个{goods}明天早上八点左右到，到了给你打电话，你安排人卸一下货。",
    "【{courier}】寄件成功！运单号{d12}，您可在官方App或微信小程序实时查询物流进度。",
    "【{app}】您的骑手已到达，餐品放在门口外卖架上了，请及时取餐，祝您用餐愉快。",
    "【菜鸟】您的包裹已被{station}签收，取件码{pick}，今日{time}后驿站关门，请尽早领取。",
  ],
  appointment: [
    "【{hospital}】您已成功预约{date}{time}{dept}门诊，请携带身份证或医保电子凭证提前15分钟到院签到。如需取消请在官方公众号操作。",
    "【{car}】{surname}先生您好，您的爱车{plate}距上次保养已近半年，建议近期到店保养。预约可回复本短信或致电门店，到店无需预付。",
    "{fname}您好，我是{salon}的发型师小{surname}，您约的周六下午{time}烫发还照常吗？有变化提前说一声就行哈~",
    "【{school}】家长您好，本周五下午{time}召开期中家长会，请按时到校，到校请从东门进入并出示身份证登记。",
    "{name}你好，我是{company}的HR，你投的岗位简历已通过初筛，想约你{date}下午{time}来公司面试，地址在{city}高新区软件园B座，你看方便吗？面试不收取任何费用。",
    "【{gym}】您预约的{date}{time}私教课已确认，教练：{surname}教练。如需调整请提前24小时在小程序改约。",
    "喂，您好，{surname}女士吗？我是物业维修的，您报修的那个卫生间漏水，我们呃明天上午十点左右上门看一下，您家里有人吧？好的好的，到了给您打电话。",
    "【{operator}】您预约的宽带装机将于{date}{time}前后上门，装维师傅{surname}师傅，联系电话{phone}，上门服务人员均持工牌。",
    "【{hospital}】溫馨提醒：您於{date}預約的{dept}回診，請攜帶健保卡準時報到。如需取消請使用本院官方App。",
    "{fname}你好，我係{clinic}診所，提提你聽日{time}覆診，記得帶埋之前嘅驗血報告呀，唔該。",
    "【{hospital}】您的体检报告已出，可在医院公众号“报告查询”中查看，如有异常指标建议到{dept}复诊。",
    "{surname}老师您好，我是{name}的妈妈，孩子这周六上午的钢琴课我们想改到周日，可以吗？",
    "【{app}】您预约的家电清洗服务师傅已接单，将于{date}{time}上门，服务完成后再在App内付款。",
    "Hi {fname}, this is Sarah from {clinic}. Just confirming your dental check-up on {dateen} at {time}. Reply C to confirm or call us to reschedule. Thanks!",
    "【{gov}】您预约的{date}上午出入境证件办理已成功，请携带身份证原件按时到大厅取号。",
    "您好，我是{car}的客服，您昨天在我们这做的钣金喷漆，想回访一下您对服务满意吗？有问题随时开回来看，保修一年的。",
  ],
  marketing: [
    "【{shop}】双十一预售开启！你关注的{goods}直降{pct}，付定金享额外优惠，详情打开{shop}App搜索。退订回T",
    "【{app}】您有{small}元会员红包即将过期，{date}前下单可用。退订回T",
    "【{operator}】尊敬的客户，您的套餐本月剩余流量{small}MB，如需加餐可通过官方App办理。详询10086。",
    "【{company}】您关注的{fund}今日开放申购，过往业绩不预示未来表现，基金有风险，投资需谨慎。退订回T",
    "【{shop}】恭喜您在店庆抽奖活动中获得三等奖：{goods}一份，奖品将随您的订单一起发出，无需支付任何费用。",
    "亲，您上次在我们店买的{goods}用得还好吗？我们新品上架了，老客户有专属优惠券，在店铺首页领就行，不打扰啦~",
    "【{app}】您的月卡会员将于{date}自动续费{small}元，如不需要可在App“我的-会员-管理自动续费”中关闭。",
    "【{company}】招聘：我司{city}营业部招聘理财顾问，要求本科及以上、持证优先，五险一金。投递简历请通过公司官网或正规招聘平台。",
    "【{tvshow}】会员专享：本周更新加更两集，打开App即可观看。退订回T",
    "【{shop}】週年慶開跑！全館滿千送百，會員再享{pct}回饋，詳情請見官方App。拒收請回覆R",
    "【{salon}】新店開張，首次到店剪髮八折，歡迎預約！唔想再收到請回覆STOP。",
    "【{gym}】老会员回馈：本月续卡赠送{days}天时长，到店前台办理即可。退订回T",
    "【{operator}】您的积分{amount}分将于年底清零，可在官方App积分商城兑换话费或礼品。",
    "{fname}你好，我是猎头公司的Amy，在脉脉上看到你的履历，有个{city}的产品经理岗位，薪资30-45k，方便的话可以先加个微信聊聊JD吗？没兴趣也没关系哈。",
    "【{app}】您参与的会员日抽奖结果已公布：很遗憾未中奖，送您一张{small}元无门槛券，已放入卡包。",
    "【{company}】您的证券账户新开户满月，送您一份《新手投资指南》，可在官方App“学习”板块查看。股市有风险，入市需谨慎。",
  ],
  personal: [
    "妈，我是小{surname}，我手机摔坏了送去修了，这是同事的手机，晚上我用自己的号再给你打，没啥事别担心哈。",
    "{fname}，我换号了，这是我新号码，旧号停了，麻烦存一下~ 周末聚餐还去不？",
    "哎呀是{name}吗？我是你高中同桌啊，{surname}某某，好多年没联系了，在同学群里看到你，加个微信叙叙旧😄",
    "小{surname}，明天上午的周会改到下午两点了，你把上周的数据整理一下发我邮箱，不急，下班前就行。",
    "宝，我今天加班晚点回，你先吃饭别等我了，冰箱里有昨天的剩菜，热一下就能吃❤️",
    "A：在吗？上次借你的两百块不急哈\nB：哎呀差点忘了，我现在就微信转你，谢谢啊\nA：没事没事，下次请我喝奶茶就行🤣",
    "你好，我是楼下802的，你家阳台好像在往下滴水，方便的话回来看一下吧，不是很急。",
    "{fname}，这个月房租{amount}记得{date}前转我哈，还是转我之前那个卡就行。热水器我下周找人来修。",
    "在{romanceapp}上匹配到你好开心～我是做设计的，平时喜欢徒步，你呢？周末要不要一起去喝咖啡，就在{city}市中心那家就行☕",
    "亲爱的，我最近在定投一点{fund}，每月就几百块，主要是强制储蓄吧哈哈。你那个比特币还拿着吗？跌得我都不敢看😂 反正各自的钱各自管哈",
    "兄弟，{game}今晚开黑不？我新买了个皮肤，老时间上线，带你上分🎮",
    "你好，我在闲鱼上看到你卖的{goods}，还在吗？我同城的，可以当面验货自提，走平台交易也行。",
    "哥，我下个月结婚，请帖快递给你了，你到时候一定来啊！具体酒店我发家族群了。",
    "阿{surname}，我係阿明呀，換咗新電話號碼，舊嗰個唔用啦，記得save返呀！星期六飲茶照舊？",
    "欸我換新手機號碼了，舊的那支不用了，你幫我改一下通訊錄喔～下週同學會見！",
    "寶貝～今天下班好累喔，晚上想吃火鍋嗎？我訂好位子了，七點在捷運站出口等你🥰",
  ],
  government: [
    "【{city}公安】反诈提醒：凡是自称“公检法”要求转账到安全账户的都是诈骗！凡是网上刷单返利的都是诈骗！接到可疑电话请拨打96110咨询。",
    "【国家反诈中心】您好，您的手机号近期接听了疑似诈骗电话，请提高警惕，不要向陌生人转账或透露验证码。如有疑问请拨打96110。",
    "【{city}医保】您的{year}年度城乡居民医保已缴费成功，缴费金额{small}元，可在国家医保服务平台App查询。",
    "【{gov}】您反映的小区噪音扰民问题（工单号{case}）已转交属地街道办理，办理结果将在{days}个工作日内答复。感谢您对12345热线的支持。",
    "【个人所得税】您的{year}年度个人所得税综合所得汇算已完成，退税{small}元将退至您填报的银行卡，请通过个人所得税App查看进度。",
    "【{city}交警】您的车辆{plate}于{date}在某路口有一条违法记录，请通过“交管12123”App查询处理。",
    "【{city}气象台】暴雨橙色预警：预计未来{hours}小时内有大暴雨，请减少外出，远离低洼地带，注意防范城市内涝。",
    "【{city}人社】您申领的失业保险金已审核通过，本月发放{amount}元至您的社保卡金融账户，无需缴纳任何费用。",
    "【{city}人民法院】{name}您好，您作为当事人的案件（案号{case}）定于{date}上午开庭，请携带身份证按时到庭。诉讼材料可登录人民法院在线服务平台查看。",
    "您好，我们是社区人口普查员，工作证编号{d4}，明天下午会上门登记，登记只问家庭成员基本情况，不涉及银行卡和密码。",
    "【{gov}】{year}年度以旧换新补贴已发放至您申请时绑定的账户，可在官方小程序查询，政府补贴不会要求先交保证金。",
    "【165反詐騙】提醒您：網路投資群組保證獲利、假冒檢警要求監管帳戶都是詐騙！有疑問請撥165查證。",
    "【中央氣象署】颱風警報：強烈颱風預計明晚接近北部，請提前做好防颱準備，注意停班停課公告。",
    "【香港警務處】防騙提示：切勿向陌生人透露個人資料或一次性密碼。如有懷疑，請致電防騙易熱線18222查詢。",
    "喂您好，{city}派出所的，我姓{surname}，你上周来报的那个电动车被偷的案子，车找到了，你这两天带身份证和购车发票来所里认领一下，电话里不用提供其他信息。",
    "【{city}公积金】您的住房公积金本月缴存{amount}元已到账，账户余额可在官方App或政务服务网查询。",
  ],
  english: [
    "{banken}: A payment of {gbp} to TESCO STORES was made from your account ending {d4}. If this wasn't you, call the number on the back of your card.",
    "Royal Mail: we couldn't deliver your parcel today as a signature was needed. We've left a card — rebook for free at royalmail.com/redelivery or collect from your local office.",
    "Hi mum, it's Jack — I've lost my phone so I'm texting from Ellie's. Just letting you know I got home fine. Will call you tomorrow once I've sorted a new one x",
    "HMRC will never text you about a tax refund or ask for bank details by text. If you get one, forward it to 7726 and report it at gov.uk.",
    "Hey {fname}! Long time no see 😊 It's Priya from uni — got your number from Raj. Are you still in London? Would be lovely to catch up over coffee sometime",
    "Your {operatoren} bill for {usd2} is ready. View it in the My {operatoren} app. Nothing you need to do — it'll be collected by Direct Debit on {dateen}.",
    "Hello sir, this is Ramesh from the office. Tomorrow's client meeting shifted to 11 am, kindly bring the printed proposal. Thank you.",
    "{fname} ah, the aircon guy coming this Sat 10am can or not? Landlord say he will pay one, we don't need to pay anything ok",
    "Good morning dear parents, reminder that the Year 4 excursion is on {dateen}. Please return signed permission slips by Friday. No payment required. – Ms Tan",
    "IRS reminder: we initiate most contact by mail. We don't demand immediate payment by gift card, crypto or wire transfer. Check your account at irs.gov.",
    "Hey babe 😘 just finished my shift at the hospital, so tired lol. Still on for dinner Friday? I'll book that Thai place near yours",
    "Bro how far? It's Tunde, this is my new line o. MTN one don spoil. Save am. We go see for Sunday service abi?",
    "Hi {fname}, Mark from Hays Recruitment here. Saw your profile on LinkedIn — I've got a permanent analyst role in Manchester, £45k-ish plus bonus. Happy to chat if you're open to it, no worries if not.",
    "Mate, you still keen on the footy Saturday? I'll grab tix through the official app, you can just fix me up after. Cheers",
    "Hi po Ate {fname}! Pls remind Kuya that our reunion is on Sunday at Lola's house, 12nn. Bring your ube halaya ha 😄",
    "Amazon: Your package with {goodsen} was delivered. It was left at the front door. Track or report an issue in Your Orders.",
  ],
};
