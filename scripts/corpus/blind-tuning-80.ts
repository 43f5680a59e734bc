/**
 * Blind genuine set #80 (genuine only; 16 templates per category of the genuine texts hardest to tell from scams;
 * session 16). Measured once on arrival (tree 8c0946b), 3 renderings per template: 6 of 432 flagged (1.4 %: an
 * appliance-repair booking that warns against paying privately, a job advert with no deposit). Then tuned on.
 *
 * Blind tuning set 80: GENUINE messages only (16 templates for each of the 9 genuine categories).
 *
 * Written BLIND to the classifier: the author never looked at its code, rules, weights or other
 * test data. The aim is a fair sample of legitimate texts that people really receive, weighted
 * toward the hardest near misses, which share the scams' vocabulary (逾期, 上门, 征信, 验证码, 冻结,
 * 退款, 理赔, 补贴, 中奖, 安全账户, "new number", "refund", "account locked", "won", "urgent") but never
 * ask for a code, an up-front fee, a transfer to a "safe" or stranger's account, screen sharing or a
 * link on an odd domain.
 *
 * Styles: official notices from banks, licensed lenders (firm collection reminders that name legal
 * consequences but point only to official channels), couriers, hospitals, schools, telecoms and
 * government offices (some with official hotlines or short links, 退订回T); one-time codes with
 * "do not share" warnings; anti-fraud warnings from banks and police that name the scam tricks;
 * licensed marketing (funds, brokerages, coupons, real lucky-draw results, subscription renewals,
 * part-time jobs with no deposit); personal chats and transcribed phone calls (family, friends,
 * colleagues, landlords, teachers, second-hand buyers and sellers, dating matches); English texts
 * in UK, US, Hong Kong, Singapore and Australian styles. About a fifth of the Chinese texts use
 * Traditional characters (Hong Kong / Taiwan usage); emoji, typos and text-speak where natural.
 *
 * Sources: only public DESCRIPTIONS of scam scripts and of the official counter-messages were
 * paraphrased — anti-fraud publicity of China's Ministry of Public Security and the 国家反诈中心,
 * the MIIT 12381 / 96110 warning services, Hong Kong Police ADCC (18222) advice, Taiwan's 165
 * anti-fraud line, Singapore's ScamShield (1799), UK Finance "Take Five" and FTC consumer advice.
 * No message texts or data sets were copied; every template was written from scratch.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_TUNING_80_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "【{bank}】您尾号{d4}的储蓄卡于{date}{time}转账支出人民币{amount}元，余额{amount2}元。如非本人操作，请致电{bankno}。",
    "【{bank}】温馨提示：我行监测到您尾号{d4}的信用卡于{time}有一笔{amount}元的境外交易，为保障资金安全已暂时拦截。请您[翻转卡片，拨打卡背面的客服电话|拨打卡片背面的官方客服电话]核实。我行不会通过短信或电话要求您提供验证码，更不会要求转账至所谓“安全账户”。",
    "【{bank}】反诈提醒：凡是自称公检法要求转账到“安全账户”的、自称客服要求屏幕共享的、网上刷单返利的、帮您“注销校园贷”的，都是诈骗！我行工作人员不会向您索要密码和验证码。如有疑问请拨打{bankno}。",
    "【{bank}】您尾號{d4}之帳戶已被有權機關依法凍結，凍結金額{amount}元。如有疑問，請本人攜帶身分證件至開戶分行查詢，本行不會以電話或簡訊要求您轉帳解凍。",
    "【{bank}信用卡】您{date}账单应还{amount}元，最低还款{small}元，到期还款日前请通过{bank}手机银行App、自动还款或网点还款。已还款请忽略。退订回T",
    "【{bank}】恭喜！您尾号{d4}的信用卡固定额度已调整为{amount}元，即日生效。查询请登录{bank}App“信用卡-额度管理”，[本短信不含任何链接。|我行不会以提额为由收取任何费用。]",
    "【{banken}】閣下尾號{d4}之戶口於{date}收到轉賬港幣{amount}元。如有疑問，請致電本行客戶服務熱線或瀏覽本行官方網站。本行絕不會以短訊超連結要求閣下提供密碼或一次性密碼。",
    "【{bank}信用卡】您尾号{d4}的信用卡已逾期{days}天，欠款{amount}元。逾期信息将按规定报送中国人民银行征信系统，请尽快通过我行App或网点还款，切勿向任何个人账户转账。咨询请拨{bankno}。",
    "【{bank}】您尾号{d4}的信用卡于{date}收到{shop}退款{small}元，已入账，[无需任何操作。|请留意账单。]",
    "【{bank}】您尾号{d4}账户{date}{time}收到{company}代发工资{amount}元，当前余额{amount2}元。",
    "【{bank}】您申请的新卡已寄出，快递单号{d12}，请注意查收。收到后请在我行App或ATM自助激活，激活过程中我行不会致电索要验证码。",
    "【{bank}】您的手机银行于{time}连续输错登录密码{n}次，已被暂时锁定。如为本人操作，{hours}小时后将自动解锁，或携带身份证到网点重置；如非本人操作，请立即致电{bankno}。",
    "【{bank}】尊敬的客户，您预约的大额取现{amount}元已备款，请于{date}携本人身份证到{city}分行营业部办理。如需上门服务请另行预约，我行员工上门时会出示工作证。",
    "【{bank}】您购买的{fund}已于{date}到期，本金及收益共{amount}元已返还至尾号{d4}账户。理财非存款，产品有风险，投资须谨慎。",
    "【{bank}】提醒您：歹徒常假冒檢警、電商客服，以「誤設分期」「重複扣款」為由要求您操作ATM或網銀解除，銀行絕不會以電話要求您這麼做。如有疑慮請撥165反詐騙專線。",
    "【{bank}】您的卡片末四碼{d4}於{date}在{shopen}消費美金{usd}元，約合新台幣{amount}元。如非本人交易，請撥打卡片背面客服專線。",
  ],
  lender: [
    "【{lender}】{name}您好，您在{lenderapp}的借款本期应还{amount}元已逾期{days}天，请于今日24点前通过{lenderapp}App内“还款”入口还款，逾期记录将依法报送征信。我司不会要求您向任何个人账户还款。",
    "【{lender}】尊敬的{surname}先生/女士：您借款合同项下欠款{amount}元已严重逾期，经多次提醒仍未处理。如{days}日内仍未还款，我司将依据合同约定委托律师通过司法途径追偿，由此产生的诉讼费用由您承担。还款请仅通过{lenderapp}官方App，详询官方客服。",
    "【{lender}】您本期賬單{amount}元將於{date}自動扣款，請確保尾號{d4}銀行卡餘額充足。查看賬單請打開{lenderapp}。退訂回T",
    "【{lenderapp}】您的借款额度已提升至{amount}元，年化利率(单利){pct}%起，实际以审批结果为准。打开{lenderapp}App查看。贷款有风险，借款需谨慎。拒收请回复R",
    "【{lender}】您尾号{d4}的借款已全部结清，感谢您的信任。结清证明可在{lenderapp}App“我的-结清证明”中自助下载，无需付费。",
    "喂，您好，请问是{name}本人吗？我是{lender}委托的贷后服务专员，工号{d4}，本次通话全程录音。您的借款已经逾期{days}天了，欠款是{amount}元，今天能处理吗？您直接在{lenderapp}里点还款就行，我们不会让您转到任何个人卡上。如果确实有困难，可以在App里申请协商还款，不要拖着，拖久了对征信影响比较大。",
    "【{lender}】{name}您好，因您的借款逾期已超过{days}天且多次联系未果，我司拟安排合作机构工作人员近期前往您登记的地址进行上门核实。工作人员将出示工作证件并全程录音，不收取任何现金。还款请通过{lenderapp}官方渠道，如有异议请致电官方客服。",
    "【{lender}】{name}閣下，您的貸款本期還款{amount}元已逾期{days}日，請盡快透過官方App或分行櫃檯還款，以免影響信貸評分。本公司職員不會要求閣下轉賬至私人戶口。",
    "【{lender}】您申请的借款{amount}元已审批通过，并已放款至尾号{d4}的银行卡，请注意查收。放款前后均不收取任何费用，如有人以“解冻金”“保证金”“验资”名义收费均为诈骗。",
    "【{lender}】您申请的个性化分期方案已审核通过：剩余欠款{amount}元分{n}期偿还，首期{small}元请于{date}前在{lenderapp}内还款。按时还款后将停止催收提醒。",
    "【{lender}】您好，您提交的征信异议申请已受理，处理结果将在{days}个工作日内短信告知。征信异议处理不收取任何费用，请勿相信所谓“征信修复”“逾期洗白”服务。",
    "【{lender}汽車金融】尊敬的客戶，您車牌{plate}的車貸第{n}期月供{amount}元將於{date}扣款，請保持還款帳戶餘額充足。",
    "【{lender}】{name}，您在我司的借款逾期已超{days}天，欠款{amount}元。我司已将相关材料提交{city}仲裁委员会，案件编号{case}，后续法律文书将通过法定途径送达。请尽快通过{lenderapp}App还款或联系官方客服协商，以免产生不必要的法律后果。",
    "【{lender}】郑重提醒：我司从未授权任何第三方以“注销账户”“降低利率”“消除逾期记录”为由联系您，所有业务请以{lenderapp}App及官方客服为准。",
    "【{lender}】溫馨提示：閣下的私人分期貸款本期應還金額{amount}元，到期日為{date}。如已還款，請忽略此短訊。借錢梗要還，咪俾錢中介。",
    "【{lender}】{name}您好，您的借款将于{days}天后到期，应还{amount}元。[按时还款有助于积累良好信用记录。|如需提前还款，可在App内操作，无违约金。]",
  ],
  otp: [
    "【{app}】验证码{code}，{n}分钟内有效。您正在登录账号，如非本人操作请忽略。验证码切勿告知他人，{app}工作人员不会向您索取。",
    "【{bank}】您正在向{name}转账{amount}元，验证码{code}。任何人索要验证码都是诈骗，切勿泄露！",
    "Your {appen} code is {code}. Don't share it with anyone.",
    "【{shop}】验证码：{code}，用于修改收货手机号，5分钟内有效。客服不会以任何理由向您索要验证码。",
    "【{operator}】您正在办理套餐变更业务，短信验证码为{code}。如非本人操作，请拨打官方客服热线。",
    "【{banken}】您的一次性密碼為{code}，用於網上交易港幣{amount}元。切勿向任何人透露此密碼，包括本行職員。",
    "【12306】您的验证码是{code}，用于找回密码，请勿告诉他人。",
    "【{app}】您的账号于{time}在一台新设备上登录。若非本人操作，请在{app}App“设置-账号与安全”中修改密码。本短信不含验证码。",
    "G-{d6} is your Google verification code.",
    "【国家政务服务平台】您的验证码是{code}，有效期{n}分钟，请勿泄露。",
    "【个人所得税】您正在进行实名注册，验证码{code}，5分钟内有效，请勿泄露给他人。",
    "【{lenderapp}】您正在申请借款，验证码{code}。请确认是本人操作，警惕他人以“代办贷款”“刷流水”为由索要验证码。",
    "【{gameplat}】您正在進行帳號交易，驗證碼{code}。請務必於平台內完成交易，平台外私下交易無保障，驗證碼切勿告訴他人。",
    "【{app}】您正在绑定新手机号，验证码{code}。如非本人操作，可在{app}App“我的-安全中心”一键冻结账户。",
    "【{bank}】您的網路銀行簡訊動態密碼為{code}，交易金額{amount}元，請於{n}分鐘內輸入。本行不會以電話要求您提供密碼。",
    "【{app}】{code}（动态验证码），请在页面中输入完成验证。如有人以中奖、退款、理赔为由索要验证码，一律是诈骗。",
  ],
  delivery: [
    "【{courier}】您的快递已到{station}，取件码{pick}，请于{date}前凭码取件。",
    "【{courier}】您的快件{d12}预计今天{time}左右派送，快递员{surname}师傅，电话{phone}。如不方便收件，可联系快递员改约时间。",
    "【{courieren}】您的国际包裹{d12}已抵达海关，经审核需缴纳进口税费{small}元。可在{courieren}官方App“清关服务”中查看税单并支付，或在派送时向快递员当面支付并索取税单。我们不会通过短信链接收费。",
    "【{courier}】您好，您的快件{d12}在运输途中丢失，我们深表歉意。根据保价规则将赔付{amount}元，款项将原路退回至您的下单支付账户，预计{days}个工作日到账，全程无需您提供银行卡号或验证码。",
    "喂，{name}吗？{courier}的啊，你有个件我给你放楼下{station}了，今天件太多送不上楼，取件码发你短信了，你下来拿一下哈。",
    "【順豐速運】您的快件{d12}已派送至{station}，請憑取件碼{pick}領取。如有疑問請致電順豐官方客服。",
    "【{shop}】您购买的{goods}已签收。如有问题可在订单页申请售后，签收{days}天内支持无理由退货。",
    "【{courier}】您的快件{d12}因多次无人签收已暂存{station}，请于{days}天内自取，或在{courier}官方小程序预约再次派送，再次派送免费。",
    "【菜鸟驿站】您的{courier}包裹已到{station}，凭{pick}取件，营业时间8:00-21:00。",
    "【{courier}】您预约的上门取件已安排，快递员将于{time}前上门。运费以实际称重为准，可在官方小程序内支付。",
    "【{shop}】您的退货已被商家签收，退款{small}元将原路退回，预计1-3个工作日到账，请留意支付账户。",
    "【{courier}】{name}您好，您的快件今天派送时电话无人接听，已暂存{station}，明天将继续为您派送。",
    "【{app}】您的外賣已由騎手{surname}師傅取餐，預計{time}送達，請保持電話暢通。",
    "【{courier}】温馨提示：近期有不法分子冒充快递客服，以“快递丢失理赔”“包裹被扣需缴费”为由实施诈骗。我司理赔只在官方App内处理，不会要求您下载会议软件、共享屏幕或提供验证码。",
    "【7-ELEVEN】您訂購的商品已於{date}送達{station}門市，請於{days}日內攜帶證件取貨，取貨付款金額{small}元。",
    "【中国邮政】您的包裹{d12}已到达{city}邮政营业部，因地址不详暂未投递，请携带身份证到营业部领取，或拨打11183查询。",
  ],
  appointment: [
    "【{hospital}】{name}您好，您已成功预约{date}{time}{dept}号源，就诊序号{n}，请提前30分钟携带身份证或医保卡到门诊签到。",
    "【{salon}】亲，您预约的{date}{time}剪发已确认，发型师在等你哦～如需改期请提前回复。",
    "【{clinic}】提醒：您明天{time}的洗牙预约，请按时到诊所。如需取消请致电前台。",
    "【{car}4S店】尊敬的车主，您的爱车{plate}预约保养时间为{date}{time}，届时请携带行驶证到店，保养约需{hours}小时。",
    "【{hospital}】{name}先生/女士，您已預約{date}{time}{dept}門診，請準時報到。如需取消，請於就診前一日致電醫院。",
    "【{gym}】您预约的{date}{time}私教课已确认，教练{fname}。请提前10分钟到店热身～",
    "【{city}疾控】您预约的HPV疫苗第二针接种时间为{date}，接种点：{station}社区卫生服务中心。请携带身份证和接种本。",
    "【{city}交管】您的车辆{plate}已预约{date}机动车安全技术检验，请按时前往检测站，检验费用现场支付。",
    "【{school}】各位家长好，本周五{time}召开期中家长会，地点在各班教室，请家长准时参加，如有特殊情况请提前向班主任请假。",
    "【{company}】{name}您好，感谢投递简历，诚邀您于{date}{time}来我司参加面试，具体地址见招聘平台内消息。面试及入职均不收取任何费用，如需改期请回复本短信。",
    "【{app}】您预约的空调清洗服务，师傅将于{date}{time}上门，师傅姓{surname}，电话{phone}。服务费以平台订单为准，请勿私下转账。",
    "【{hospital}体检中心】您的体检报告已生成，可在医院公众号“报告查询”中查看，或于工作日到体检中心领取纸质报告。",
    "【{city}婚姻登记处】您已成功预约{date}上午的结婚登记，请双方携带身份证、户口本按时到场。祝幸福美满！",
    "【{salon}】親愛的會員，提醒您明天{time}的美甲預約，如需更改請提前一天告知，謝謝🙏",
    "喂，是{name}吧，我這邊{clinic}的。你上次約的週四下午複診，醫生臨時有手術，能不能改到週六上午？可以的話回個簡訊給我就好，謝謝喔。",
    "【{city}出入境】您已成功预约{date}{time}办理护照业务，请携带身份证原件按时到达，现场可免费拍照。",
  ],
  marketing: [
    "【{company}】{name}您好，{fund}本周开放申购，过往业绩不代表未来表现。基金有风险，投资需谨慎。详情请咨询您的客户经理或登录官方App查询。退订回T",
    "【{shop}】恭喜您在幸运大转盘中抽中{small}元无门槛优惠券，已自动发放至您的账户，{days}天内有效。退订回T",
    "【{app}】周末狂欢，外卖红包最高减{small}元，打开{app}App即可领取。拒收请回复R",
    "【{operator}】尊敬的客户，截至{date}您本月已使用流量{n}GB。现办理流量加油包享{pct}折优惠，回复KT办理，回复TD退订。",
    "【{app}】您开通的连续包月会员将于{date}自动续费{small}元。如需取消，请在{app}App“我的-会员-自动续费管理”中关闭，关闭后不影响本期权益。",
    "【{shop}】週年慶限時三天！全館滿千送百，會員再享{pct}折，{date}前有效。退訂回覆T",
    "【{shop}】您参与的“{goods}0元抽奖”已开奖，很遗憾本次未中奖，送您一张{small}元红包安慰一下，下次好运～",
    "【{car}】新春购车季，指定车型享{n}年0息，置换补贴最高{amount}元，欢迎到店试驾。退订回T",
    "【{gym}】老會員專享：續卡立減{small}元，再送{n}堂私教課，活動至{date}截止。",
    "【{company}保险】{name}您好，您的车险将于{date}到期，续保可享优惠，请联系您的专属顾问或登录官方App投保。",
    "【{bank}】信用卡新户首刷礼：{date}前首笔消费满{small}元，即送精美礼品。申请请在应用商店搜索{bank}App。退订回T",
    "【{company}】招聘：周末门店兼职促销员，日薪{small}元，当天结算，无需任何押金或培训费，有意者请携身份证到{city}门店面试。退订回T",
    "【{operatoren}】尊貴客戶：5G月費計劃限時優惠，每月只需${small}，即享{n}GB數據。查詢請致電客戶服務熱線。如不欲接收推廣訊息，請回覆STOP。",
    "【{company}证券】新客开户享港美股免佣{days}天，开户全程线上办理，资金由第三方银行存管。投资有风险，入市需谨慎。退订回T",
    "【{salon}】恭喜您在店庆抽奖中抽中“免费护理一次”，请于{date}前到店核销，无需支付任何费用。",
    "【{app}】飞{city}机票低至{small}元起！暑期特惠限时抢，打开{app}App搜索即可。拒收请回复R",
  ],
  personal: [
    "妈，我换号了，这是我新号，旧的那个不用了，你存一下。晚上视频哈",
    "老{surname}，我{name}啊，换了个新号码，以后打这个。周末约饭不？",
    "上次借你那{small}块不急啊，你手头宽松了再说，别有压力😂",
    "{name}你好，我是房东。下个月房租{amount}元记得{date}前交哈，还是老样子转我之前那张卡。热水器我约了师傅周六上门修，你在家开个门就行。",
    "{name}妈妈您好，我是{school}的班主任{surname}老师。明天学校统一体检，请孩子早上不要吃早饭，带好水杯。有问题随时联系我。",
    "你好，在闲鱼看到你出的{goods}，还在吗？能便宜点不？我同城，可以当面交易验货",
    "东西给你寄出了，{courier}单号{d12}，到了验一下，没问题记得在平台上点确认收货哈，有问题直接平台上跟我说",
    "嗨，我是在{romanceapp}上跟你配对的那个～周六下午有空一起喝个咖啡吗？就在{city}万达那边，AA就好😊",
    "{name}，领导刚说明天早上9点开会，记得带上周的报表。我先下了啊",
    "阿{surname}，我換咗新電話號碼，呢個係新嘅，記得save返。今晚食飯見！",
    "爸，快递到了没？给你买的{goods}，不会用就打电话给我。还有别听网上那些人说什么投资带你赚钱，都是骗子啊！！",
    "喂，妈，是我。我手机摔坏了，借同事手机打的，没啥事啊，就跟你说一声这两天微信可能联系不上，别担心。要是有人冒充我找你借钱啥的千万别信，也别转钱，等我修好手机再打给你。",
    "哈哈哈哈我中獎了！！公司尾牙抽到{goods}，今晚請你吃燒烤🍢",
    "{surname}姐，你家快递放我这了，下班来拿哈",
    "欸 我剛接到詐騙電話說我網購重複扣款要幫我解除分期 笑死 直接掛掉 你也小心點喔",
    "姐，小宝学校说要交校服费{small}，我在学校缴费平台上交过了，收据截图发你了，跟你说一声，钱不用给我了",
  ],
  government: [
    "【{city}公安】反诈提醒：公检法机关不会通过电话、微信办案，不存在所谓“安全账户”，不会要求您视频录口供或转账。接到此类电话请立即挂断并拨打110。",
    "【国家反诈中心】近期“刷单返利”“虚假投资理财”“冒充客服退款”诈骗高发。凡是要求先垫付资金、下载陌生App、共享屏幕的都是诈骗！请下载国家反诈中心App，开启来电预警。",
    "【{city}人社】您{year}年度的社保缴费基数已核定，如有疑问请携身份证到社保经办窗口咨询或拨打12333。",
    "【{city}人社】您申请的失业保险金已审核通过，每月{amount}元将发放至您的社保卡金融账户，办理过程不收取任何费用。",
    "【{gov}】您{year}年度个人所得税综合所得汇算退税申请已审核通过，退税款{amount}元将退至您填报的银行卡，请以个人所得税App显示为准。税务部门不会通过短信链接办理退税。",
    "【{city}交警】您的车辆{plate}于{date}有违反禁止标线指示的交通违法行为，请及时通过“交管12123”App或到违法处理窗口处理。",
    "【{city}医保】您{year}年度城乡居民医保已缴费成功，缴费金额{small}元，待遇享受期为次年1月1日至12月31日。",
    "【香港警務處】警方提醒：騙徒會冒充政府官員或銀行職員，以「涉嫌洗黑錢」為由要求你轉賬至「安全戶口」。如有懷疑，請致電防騙易熱線18222。",
    "【{city}市人民法院】{name}，您涉及的案件（案号{case}）定于{date}{time}在第{n}法庭开庭审理，请准时到庭。法院不会通过短信或电话要求当事人缴纳“保证金”或转账，详情可到法院诉讼服务中心查询。",
    "【{city}公安局出入境】您申请的往来港澳通行证已制证完成，请于{date}后凭回执到原受理点领取。",
    "【{city}应急管理局】暴雨红色预警：预计未来{hours}小时内我市有特大暴雨，请减少外出，远离河道和低洼地带，注意安全。",
    "【{city}社区居委会】尊敬的居民，本周六上午社区民警和网格员将入户开展反诈宣传和燃气安全检查，工作人员均佩戴工作证，不收取任何费用，请配合。",
    "【{city}农业农村局】您的{year}年耕地地力保护补贴{amount}元已发放至惠民惠农一卡通账户，请注意查收。如有疑问请到乡镇财政所查询。",
    "【內政部警政署】165提醒您：假冒檢察官、健保署的電話都是詐騙！政府機關不會要求您監管帳戶、交付存摺或到ATM操作。",
    "【工信部反诈专班】您好，您可能正在遭遇“冒充客服退款”诈骗。请勿向对方转账、共享屏幕或提供验证码。如有疑问请拨打96110咨询。",
    "【{city}税务】尊敬的纳税人：{year}年度个人所得税综合所得汇算已开始，请在截止日期前登录个人所得税App自行办理。有退税的依法申请退税，有补税的依法补税。全程免费，谨防假冒税务人员以“代办退税”为名收取手续费或索要银行卡密码。如需帮助，可拨打12366纳税服务热线或前往就近办税服务厅。",
  ],
  english: [
    "{banken}: We've spotted an unusual payment of £{gbp} to {shopen}. If this wasn't you, call the number on the back of your card. We will never ask you to move money to a safe account.",
    "Your {appen} verification code is {code}. We will never call you to ask for this code.",
    "Hey it's {fname}, new number! Old phone died in the lake lol. Save this one x",
    "{courieren}: Your parcel from {shopen} is out for delivery today. Track it at {glink}",
    "Reminder: your appointment at {clinic} is on {dateen} at {time}. Reply C to confirm or call us to reschedule.",
    "omg did u see {tvshow} last night?? no spoilers but i literally screamed",
    "{shopen}: Your refund of ${usd} for order {d6} has been processed and should appear on your card within 3-5 business days.",
    "Congrats {fname}! You won the office raffle 🎉 Pick up your prize (a {goodsen}) from reception before Friday.",
    "{appen}: Your monthly subscription of ${usd} renews on {dateen}. You can manage or cancel anytime in Settings > Subscriptions.",
    "Australia Post: Your parcel is ready to collect from {station}. Bring photo ID and collection code {pick}. Held for 10 days.",
    "Mum here, using Dad's phone coz mine's charging. Dinner at 7? Don't be late x",
    "Hi {fname}, it's Karen from HR. Congrats - you got the job! Offer letter is in your email, give me a call when you can. No rush.",
    "{banken}: Your online banking has been locked after 3 incorrect password attempts. To unlock, tap 'Forgot password' in our app or call the number on your card. We will never ask for your PIN.",
    "Hi {fname}, landlord here - plumber is coming Thursday morning to look at the boiler, hope thats ok. Rent stays the same, no changes.",
    "URGENT lol - do u still have my charger?? need it for the airport tmrw",
    "ScamShield alert: Scammers may pretend to be government officials. Government officials will never ask you to transfer money over a phone call. Call 1799 if unsure.",
  ],
};
