/**
 * Blind genuine set #88 (genuine only; 16 templates per category, about half call transcripts and chat logs — bank and
 * courier service calls, police follow-ups, people talking about scams; session 17). Measured once on arrival (tree
 * f3c85a7), 3 renderings per template: 24 of 432 flagged (5.6 %: conversations that name a scam's ideas and ask nothing,
 * a bank's service desk asking the caller for the last digits of their ID). Then tuned on.
 *
 * Blind tuning genuine set 88 — session 17.
 *
 * Written BLIND: the author never opened, listed or searched the project's code, data or other
 * sets; every template below comes from general knowledge of how genuine messages looked in
 * 2024–2026. All texts are GENUINE (non-scam) and many deliberately reuse scam vocabulary
 * (安全账户 as a warning, 验证码 "never share", 退款, 理赔, 注销, 冻结, 逾期, 公安, 转账) so the
 * classifier is tested on context rather than on keywords.
 *
 * Styles mixed inside every category: terse SMS with and without 【签名】, long WeChat/QQ/LINE/
 * WhatsApp chats, multi-turn call transcripts (客服/用户, 坐席/客户, 民警/群众, A/B or no labels),
 * ASR-like transcripts with fillers (嗯、呃、那个、就是), Traditional Chinese (Taiwan and Hong Kong /
 * Cantonese) in about a fifth of the Chinese texts, typos, pinyin initials, emoji, and English in
 * UK, US, Indian, Singaporean, Malaysian, Nigerian, Filipino and Australian voices. About half of
 * the templates are call transcripts or chat logs of 4–12 turns.
 *
 * Public sources whose DESCRIPTIONS (not texts) were paraphrased: 国家反诈中心 and 公安部 public
 * anti-fraud guidance (安全账户、冒充公检法、注销校园贷、刷单返利), 中国人民银行 / 金融监管总局 consumer
 * notices (征信修复、代理维权、停息挂账 warnings, 非柜面交易限额), 工信部 12381 descriptions of 96110
 * warning calls, Taiwan 165 反詐騙 hotline leaflets, Hong Kong ADCC 18222 / 防騙視伏器 descriptions,
 * UK Take Five / Action Fraud and HMRC "genuine contact" guidance, US FTC consumer alerts, and
 * courier / e-commerce help-centre descriptions of refund and lost-parcel compensation flows.
 * Real messages were never copied; names, numbers and links are slots or invented.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_TUNING_88_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "【{bank}】您尾号{d4}的储蓄卡{date}{time}[快捷支付|网上银行|POS消费]支出人民币{small}.00元，活期余额{amount2}.36元。",
    "客服：您好，{bank}信用卡中心，工号{d4}，请问有什么可以帮您？\n客户：我卡丢了，就刚才在商场，不知道掉哪了\n客服：别着急，我先帮您做临时挂失，挂失后卡片立即不能交易。请您提供一下身份证号后四位\n客户：{d4}\n客服：好的，已经挂失成功。最近一笔交易是今天{time}的{small}元，是您本人吗？\n客户：是我\n客服：补卡可以在手机银行申请，新卡{days}个工作日内寄到账单地址，补卡费本次为您减免\n客户：好的谢谢\n客服：另外提醒您，任何人打电话要验证码都不要给，我们不会索要的",
    "【{bank}】尊敬的客户，您尾号{d4}的账户因{city}市人民法院执行案件协助冻结，冻结金额{amount}元。如有疑问请携带身份证件前往我行网点查询或致电{bankno}。本行不会通过短信链接或来电要求您转账解冻。",
    "客户：喂，是{bank}吗？刚才有个人说他是{city}公安局的，说我卡涉嫌洗钱，要我把钱转到一个安全账户\n坐席：阿姨您先别转！您转了吗？\n客户：还没，他说半小时内要转\n坐席：这是典型的冒充公检法诈骗，公安机关没有所谓安全账户，也不会电话办案要求转账\n客户：啊？那他还知道我名字\n坐席：个人信息可能泄露了。您现在挂掉那个电话，不要回拨，可以拨打110或96110咨询\n客户：好好，吓死我了\n坐席：我帮您把这张卡的非柜面转账限额先调低，您看可以吗\n客户：可以可以",
    "【國泰世華銀行】您的信用卡本期帳單金額NT${amount}，最低應繳NT${small}，繳款截止日{date}。可透過行動銀行App或超商繳款，客服02-2383-1000。",
    "客户：你好，我想问下信用卡额度能不能提一下，下个月要装修\n客服：您好，可以的。请问您是通过官方App申请还是需要我这边帮您提交评估？\n客户：你帮我看看吧\n客服：系统评估您当前可以临时调额至{amount2}元，有效期{days}天，到期自动恢复\n客户：固定额度呢\n客服：固定额度需要满足用卡满半年，目前还差一点，建议您下月再通过App申请\n客户：行，那先临时的\n客服：已为您调整成功，稍后会有短信通知。温馨提示，市面上说能“内部提额”收手续费的都是骗局",
    "坐席：您好，{bank}客服，请问您要办理什么业务\n客户：我账单里有一笔{usd}的境外消费，我没出过国啊\n坐席：我这边看到是{dateen}在一个海外网站的交易，卡片现在在您身边吗\n客户：在的\n坐席：那可能是卡信息被盗用。我先帮您冻结卡片并换卡，这笔交易给您提交争议处理，也就是拒付申请\n客户：钱能回来吗\n坐席：调查一般{days}个工作日左右，结果会短信通知。期间这笔不计息也不影响征信\n客户：好的，麻烦了\n坐席：不客气，新卡到了记得在App里激活",
    "【{bank}】反诈提醒：“注销校园贷”“提升征信”“刷单返利”“公检法安全账户”都是诈骗！本行工作人员不会索要您的密码和短信验证码。遇可疑来电请挂断后拨打{bankno}核实。",
    "客服：你好，滙豐銀行，我姓{surname}，有咩可以幫到你？\n客戶：喂你好，我收到個短訊話我張卡喺海外簽咗嘢，我想check下\n客服：明白，我幫你睇睇……係，今朝有一筆港幣{amount}嘅交易，係咪你本人？\n客戶：唔係啊！\n客服：咁我而家即刻幫你停咗張卡，再幫你提交爭議。我哋唔會要你講一次性密碼，你唔使講\n客戶：好，咁新卡幾時到？\n客服：大概{days}個工作天寄到你登記地址",
    "【{bank}】您尾号{d4}的信用卡于{time}发生一笔境外交易{usd}，如非本人操作请立即致电{bankno}或在手机银行冻结卡片。",
    "坐席：您好，这里是{bank}风控中心，工作人员编号{d6}。您刚才在手机银行向一个个人账户转账{amount2}元，系统提示有风险，想跟您确认下\n客户：对，是我转的\n坐席：请问对方您认识吗？是不是说帮您投资、刷单或者自称警察、客服？\n客户：嗯……是个网上认识的导师，说带我炒股\n坐席：先生这个很可能是投资诈骗，我们暂缓这笔转账。我不会问您要任何验证码，您也可以挂断后打卡背面的{bankno}核实我的身份\n客户：那我先不转了",
    "【{bank}】{surname}先生，您本期账单已出，本期应还{amount}.52元，最后还款日{dateen}。可设置自动还款避免逾期，详询{bankno}。",
    "客户：呃，那个，我想问一下，我这个退休金卡啊，就是，怎么收到个短信说要升级，不然冻结\n客服：阿姨您好，那个短信里有链接吗？\n客户：有，一个网址\n客服：那个您千万别点，我们银行的社保卡不需要网上升级，也不会因为这个冻结\n客户：哦哦，那就是骗子啊\n客服：是的，您把短信删掉就行。嗯，您卡里钱都正常的，您放心\n客户：好好，谢谢姑娘",
    "【{bank}】根据反电诈相关规定，您名下长期未使用的账户已调整为非柜面交易限额每日{small}元。如需恢复请本人携带身份证到网点办理，我行不会通过电话、链接为您调整。",
    "客服：您好，這裡是玉山銀行客服中心，請問有什麼可以為您服務？\n客戶：我網銀密碼輸錯三次被鎖住了\n客服：好的，為了確認身分，請您先提供身分證字號末四碼和生日\n客戶：{d4}，生日是{date}\n客服：謝謝，您可以在App選「忘記密碼」，用晶片金融卡重新設定，或臨櫃辦理\n客戶：不能你們直接幫我解開嗎\n客服：基於安全無法電話解鎖喔。也提醒您，行員不會要求您提供OTP簡訊密碼",
    "{fname}姐，我是{bank}{city}分行的客户经理小{surname}。上次您问的那款定期存款这周额度还有，三年期利率比活期高不少。不过得您本人带身份证来网点柜台办，我这边不收任何钱也不用您转账给我哈，您方便了提前说一声我帮您预约😊",
  ],
  lender: [
    "【{lender}】您好，您在{lenderapp}的借款本期应还{small}.80元，还款日为{date}，请确保绑定银行卡余额充足，系统将自动扣款。",
    "坐席：您好，我是{lender}贷后服务专员，工号{d6}，请问是{name}本人吗？\n客户：是，我知道我逾期了，这两个月真的困难\n坐席：理解。您目前逾期{days}天，欠款{amount}元。我们可以帮您申请个性化分期还款方案，最多分12期\n客户：那每期多少\n坐席：大概每期{small}元，申请要在{lenderapp}App里提交，审批通过后短信通知\n客户：我直接转给你行不行\n坐席：不行的，请只通过App或对公账户还款，任何让您转到个人账户的都不是我们\n客户：好，我晚上去App里弄",
    "【{lender}】您的借款已逾期{days}天，逾期信息已按规定报送中国人民银行征信系统。继续拖欠我司将依法通过诉讼途径追偿。请登录{lenderapp}官方App还款或致电官方客服，勿向任何个人账户转账。",
    "用户：你好，有人打电话说我大学时候在你们这开过学生账户，现在要注销，不然影响征信\n客服：您好，请问对方是不是还让您把借款额度借出来转给他？\n用户：对，他说要“清空额度”\n客服：这是诈骗。我们没有需要注销的“学生账户”，有没有账户也不会影响征信，您千万不要借款转账\n用户：幸好我先打给你们了\n客服：您可以在App“我的-账户安全”查看，如有疑问随时打官方热线。建议您也拨打96110反映一下",
    "【{lenderapp}】恭喜！您的授信申请已审批通过，可用额度{amount2}元，年化利率（单利）{pct}起。借款请在官方App内操作，本平台放款前不收取任何费用。拒收请回复T",
    "【裕融企業】{name}您好，您申請之個人信貸已核准，金額新台幣{amount2}元，將於三個營業日內撥入您指定帳戶。本公司不會要求您先匯款或提供網銀密碼，如有疑問請撥打官方客服。",
    "客户：我想提前把剩下的都还掉，要不要手续费\n客服：您好，我帮您查一下。您这笔借款剩余本金{amount}元，提前结清只需要付本金加当期利息，没有违约金\n客户：那我在哪还\n客服：在App首页点“提前还款”，选择全部结清就可以。结清后征信会在下一个报送周期更新为结清状态\n客户：能开结清证明吗\n客服：可以，App里“我的-证明材料”可以自助下载，或者我这边给您发到邮箱",
    "【{lender}】温馨提示：您的每一期还款记录都会如实报送征信中心，按时还款有助于积累良好信用。市面上“征信修复”“洗白逾期记录”均为骗局，请勿轻信。",
    "催收员：您好，请问是{name}吗？我是{lender}委托的合作机构工作人员，编号{d4}，这通电话全程录音\n客户：嗯，我知道，欠了多少\n催收员：您目前欠款总额{amount}元，已逾期{days}天。我们今天主要是了解一下您的还款意愿\n客户：我下周发工资能还一部分\n催收员：好的，部分还款也可以，请通过{lenderapp}App还，钱直接进平台，我们不接受任何个人转账\n客户：行，那记录一下\n催收员：我已经备注了，您有任何对催收方式的投诉可以打官方热线",
    "用户：你们这个利息怎么这么高，我算了算快24%了\n客服：您好，非常理解您的关心。您这笔的年化利率是{pct}，借款前合同里有写明，符合监管要求\n用户：能不能降一点\n客服：可以给您申请一张利率优惠券，下次借款可用。已借的这笔没办法调整\n用户：那我要投诉\n客服：您可以在App在线客服提交，也可以向金融监管部门投诉。提醒您，有所谓“代理维权、帮您减免利息”的中介会收高额费用，请谨慎",
    "【安信信貸】{surname}生你好，提提你今期還款HK${small}將於{date}到期，請經本公司App或轉賬至本公司指定戶口，切勿過數去任何私人戶口。如有查詢請致電熱線。",
    "【{lender}】尊敬的客户，根据您的综合信用评估，您的循环额度已由{amount}元调整为{amount2}元，详情请在官方App查看。本通知无需回复。",
    "坐席：您好，{lender}官方客服，工号{d4}\n客户：喂，就是，刚才有个“客服”说我额度要激活，让我借出来转到一个验资账户，说验完退回来\n坐席：您已经借了吗？\n客户：借了{amount2}，还没转\n坐席：千万别转！我们从不要求验资。您现在可以在App里申请7天内无息提前还款，把这笔还回来\n客户：那还好还好\n坐席：对方发的任何链接都不要点，建议您报警备案",
    "【{lenderapp}】您的借款已全部结清，感谢您的信任。结清证明可在App“我的-借款记录”中自助下载，征信状态将在下一个报送周期更新。",
    "用户：呃，我那个，最近失业了，网上有人说可以帮我“停息挂账”，收我30%服务费，靠谱吗\n客服：您好，这种第三方代理协商不是我们的合作方，收费之后经常跑路，还可能泄露您的个人信息\n用户：那我这情况咋办嘛\n客服：您可以直接在App提交困难还款申请，上传失业证明，我们会评估延期或者分期，本身不收任何费用\n用户：嗯，那我自己申请吧\n客服：好的，申请后三个工作日内会有专员联系您",
    "【{lender}】您好，今日自动扣款失败，原因：绑定卡余额不足。请于今日24点前在{lenderapp}App完成还款，以免产生逾期记录。",
  ],
  otp: [
    "【{app}】验证码{code}，用于登录，5分钟内有效。验证码提供给他人可能导致账号被盗，请勿泄露。",
    "{code}是你的验证码，[10|15|5]分钟内有效。工作人员不会向你索取，切勿告诉任何人。",
    "妈：儿子，我手机刚收到个短信，说什么验证码{code}，我没弄啥啊\n儿子：妈，有没有人打电话问你要这个？\n妈：没有，就是短信\n儿子：那可能别人输错号了或者有人在试你账号。谁问你要都别给，包括说是银行、快递的\n妈：知道了，那我删掉\n儿子：嗯删了就行，我晚上回去帮你把{app}密码改一下",
    "【{bank}】您正在进行手机银行转账，金额{amount}元，验证码{code}。如非本人操作请勿将验证码告知任何人，并致电{bankno}。",
    "【中華電信】您的認證碼為{code}，請於10分鐘內輸入。請勿將認證碼提供他人，本公司人員不會向您索取。",
    "用户：你好，我刚在网上买了东西，商家客服说要我把收到的验证码发给他才能退款\n客服：您好，{shop}官方客服提醒：退款全部在订单页面申请，不需要任何验证码。索要验证码的都不是官方\n用户：他是在聊天软件上找我的\n客服：那就更要小心了，请不要添加站外联系方式。您的订单我看了，已经可以直接点“申请退款”\n用户：好，那我不理他了",
    "【{app}】你的账号于{time}在{city}的新设备登录。如非本人操作，请立即修改密码并开启登录保护。",
    "【{operator}】您正在办理携号转网业务，授权码为{code}，有效期[24|48]小时。如非本人办理请忽略，切勿转发给他人。",
    "A：群里谁收到{app}的验证码了？我刚才不小心把手机号填错了\nB：我收到一个{code}，是你吗\nA：对对，应该是我那个，你别发我了哈，我重新来一遍\nB：哈哈好，本来我也不会发的，反诈宣传天天说\nA：👍就是这个道理，我自己再点一次获取",
    "【{shop}】您正在修改账户绑定手机号，验证码{code}。客服不会以任何理由索取验证码，请勿泄露。",
    "你嘅一次性密碼係{code}，有效時間5分鐘。滙豐職員絕不會要求你提供一次性密碼。",
    "【{bank}】您尾号{d4}的信用卡正在进行网上支付，金额{small}.00元，动态密码{code}，请勿向任何人透露。",
    "客服：您好，{app}客服，您之前反映账号被盗的问题已处理\n用户：是怎么被盗的？\n客服：系统记录显示有人用您的验证码在另一台手机登录了。请问您最近有把验证码告诉过别人吗\n用户：呃……前两天有个人说是{game}活动送皮肤，让我发了个码\n客服：那就是了。以后任何人要验证码都不要给。我们已经帮您冻结异地设备并重置登录，建议开启二次验证",
    "【{app}】验证码：{code}（登录验证）。若非本人操作，可能是他人误输手机号，无需理会。",
    "【台灣大哥大】您的OTP驗證碼{code}，用於線上申辦，請勿轉告他人。如非本人申請請撥188查詢。",
    "【12306】验证码{code}，您正在使用短信验证码登录，有效期5分钟，请勿泄露给他人。",
  ],
  delivery: [
    "【{courier}】您的快递已到{station}，取件码{pick}，请于{date}前凭码取件，逾期将退回。",
    "快递员：喂，你好，{courier}的，你是不是有个件，尾号{d4}\n收件人：对对，是我\n快递员：我现在在你们小区门口，你家是几栋来着？单子上地址写的不太全\n收件人：7栋2单元，你放门口就行\n快递员：这个是到付的，{small}块钱，你得下来扫下码，码是我们公司的收款码啊\n收件人：行，我马上下来\n快递员：好嘞不急",
    "客服：您好，{shop}售后，请问有什么可以帮您\n用户：我上周买的东西物流一直没动，显示在{city}转运中心停了{days}天\n客服：我帮您查一下……确实是运输途中丢件了，非常抱歉\n用户：那怎么办\n客服：两个方案：一是给您补发，二是直接退款。退款会原路退回您支付的账户，不需要您提供银行卡号或验证码\n用户：那退款吧\n客服：好的已经提交了，您在订单页面能看到退款进度，1到3个工作日到账",
    "【{courier}】您好，您的包裹{d12}因派送时无人签收，已安排明日再次派送。如需改约时间或地址，请在官方App或小程序操作，或拨打{courierno}。",
    "骑手：喂，你好，{app}外卖，你点的餐到了，电梯坏了我在一楼\n顾客：啊不好意思，我下来拿\n骑手：行，我等你两分钟，后面还有单\n顾客：马上马上\n骑手：那个，能给个好评不，谢谢啊\n顾客：哈哈好的，辛苦了",
    "【{courier}】国际包裹{d12}已到达海关，需补缴进口税款{small}元，请在{courier}官方App“海关税费”页面核对并支付。我司不会通过个人账户收取税费。",
    "用户：你好，我收到的快递箱子破了，里面杯子碎了两个\n客服：非常抱歉，请您拍一下外包装和破损物品的照片，在App订单里点“理赔申请”上传\n用户：要多久\n客服：审核一般1到3个工作日，理赔金直接退到您的账户余额或原支付方式\n用户：不用我加你微信什么的吧\n客服：不用的，全部在官方App处理，有人私下加您说理赔的，那都不是我们",
    "【{station}】您有{d3}件包裹待取，取件码{pick}，营业时间8:00-21:00。",
    "【7-ELEVEN】您的包裹已送達{city}門市，請於7日內攜帶證件取貨，取貨驗證碼請至App查詢。逾期未取將退回寄件人。",
    "司機：喂，你好，我係順豐嘅司機，你張單地址寫咗觀塘，但冇寫幾樓喎\n客人：哦唔好意思，12樓B室\n司機：好，我大概十分鐘後到，要唔要你簽收？\n客人：有冇人喺屋企㗎，放管理處得唔得\n司機：得，我幫你放管理處，你記得去攞",
    "客服：您好，{courier}客服，请问有什么需要帮助\n用户：有个电话说是你们的，说我快递丢了要给我三倍赔偿，让我加一个QQ{qq}\n客服：先生，这不是我们。我们的理赔只在官方App或通过{courierno}处理，不会让您加QQ、下载会议软件，更不会让您开“备用金”\n用户：他还说要我开个什么借呗\n客服：那就是诈骗，请您不要操作。我查了您的单号，包裹正常派送中，明天能到",
    "【{courier}】您寄往{city}的快件已被签收，签收人：本人。感谢使用，评价服务请进入官方小程序。",
    "A：刚快递员打电话说我那个大件明天上午送，要不要我请假\nB：不用吧，让他放物业，我下班去搬\nA：可是要当面验货，冰箱呢\nB：那我明天请半天，你把取件码发我\nA：{pick}，你看到记得截图给我看看外观有没有磕到",
    "【{app}】您的订单商品已打包发出，由{courier}承运，运单号{d12}，预计{date}送达。",
    "客服：你好，這裡是黑貓宅急便，請問是{name}先生嗎？\n客戶：對，我是\n客服：您今天有一件冷凍宅配，司機大約下午三點到，請問家裡有人收嗎？\n客戶：我要上班，可以改到晚上嗎\n客服：可以，改約晚上六點到九點，不收任何費用\n客戶：好謝謝\n客服：不客氣，祝您順心",
    "【{courier}】您好，您的快件因地址信息不全暂存于网点，请回复完整门牌号或拨打快递员电话{phone}确认，我们不会要求您点击链接或支付任何费用。",
  ],
  appointment: [
    "【{hospital}】{name}您好，您已成功预约{date}{time}{dept}门诊，请提前30分钟携带身份证或医保卡到自助机签到。如需取消请在就诊前一天操作。",
    "护士：喂，您好，这里是{hospital}{dept}，请问是{name}家属吗？\n家属：是的，我是他女儿\n护士：明天上午的手术安排在第二台，大概十点左右，病人今晚十点以后就不能吃东西喝水了\n家属：好的，需要带什么吗\n护士：带好住院押金条和之前的检查片子，费用在住院处缴就行，不要相信任何人说能帮忙插队收钱\n家属：明白，谢谢护士",
    "【{car}】尊敬的车主，您的爱车{plate}距上次保养已行驶约5000公里，本店{date}有空位，回复1预约，回复T退订。",
    "前台：您好，{salon}，请问是{fname}吗？\n客人：是我\n前台：您约的明天下午三点烫发，发型师Tony临时要去培训，想问一下改到四点半可以吗\n客人：四点半啊……也行吧\n前台：好的，给您改好了，到店报手机尾号{d4}就行，之前的预存卡余额照常使用\n客人：OK",
    "{fname}家长您好，我是{school}三年级二班班主任{surname}老师。本周四下午四点在教室召开家长会，时长约一小时，请至少一位家长参加。如不能到请提前私聊我。学校不收取任何费用，请勿相信陌生人以学校名义收费。",
    "HR：您好，请问是{name}吗？我是{company}人力资源部的，您投的运营岗位简历我们看过了，想约您来面试\n求职者：好的，什么时候呢\nHR：{date}下午两点，在我们{city}办公室，地址我短信发您，带一份简历和身份证就行\n求职者：需要交什么费用吗\nHR：不需要任何费用，面试也不需要培训费、服装费，有人这么说一定是假的\n求职者：好的，我准时到",
    "【{gym}】您预约的{date}{time}私教课已确认，教练：{fname}。如需改期请至少提前12小时在小程序中操作。",
    "师傅：喂，你好，我是{app}上接单的维修师傅，你家热水器不打火是吧\n业主：对对\n师傅：我大概下午两点上门，先检查一下，上门检测费按平台标价{small}元，换零件另算，你确认了再修\n业主：钱是在平台付吗\n师傅：对，修好后你在订单里付，别私下转我，有保障\n业主：好嘞，那我两点在家",
    "【預約確認】{name}您好，您已預約{date}{time}於台大醫院{dept}門診，看診序號{d3}號，請攜帶健保卡準時報到。",
    "【{clinic}】Hi {fname}, reminder of your dental check-up on {dateen} at {time}. Reply C to confirm or call us to reschedule.",
    "客服：您好，{operator}装维中心，您预约的宽带安装明天上午九点到十二点上门，工程师姓{surname}\n用户：好的，他会打电话吗\n客服：会的，出发前半小时联系您，手机号{phone}\n用户：要付钱吗\n客服：您办的套餐已经包含安装费，工程师现场不收取任何费用\n用户：好的\n客服：感谢您的配合",
    "你好，我係{salon}嘅Amy，提提你聽日下晝三點預約咗剪髮同焗油，如果改時間記得WhatsApp我哋，唔該晒😊",
    "【{hospital}】体检预约成功：{date}上午7:30-9:30，请空腹前往门诊三楼体检中心。体检报告约{days}个工作日可在公众号查看。",
    "社工：喂，{surname}阿姨您好，我是社区居委会的小{surname}，明天上午咱们社区免费给65岁以上老人做健康体检\n阿姨：哦，在哪里啊\n社工：就在社区卫生服务中心，带身份证和医保卡，不用交钱\n阿姨：那个，要不要先交押金\n社工：不要的阿姨，完全免费，谁跟您说要交钱您都别信\n阿姨：好嘞，那我明早八点过去",
    "【{car}】您的车辆{plate}年检预约已成功，{date}{time}请到{city}检测站办理，携带行驶证、交强险保单。",
    "面試通知：{name}你好，感謝應徵本公司行政助理職位，誠邀您於{date}{time}到台北市信義區本公司面試，請攜帶履歷。本公司不收取任何費用，如有疑問請來電02-2720-{d4}。",
  ],
  marketing: [
    "【{shop}】会员日来啦！全场满199减30，叠加店铺券更划算，今晚24点截止，打开App搜索“会员日”即可领取。退订回T",
    "【{operator}】尊敬的客户，您的套餐合约将于{date}到期，可续约享每月立减{small}元优惠，详询10086或营业厅。回复TD退订",
    "坐席：您好，我是{operator}客服，工号{d4}，打扰您一分钟，看到您每月流量都超出，想给您介绍一个升级套餐\n客户：多少钱\n坐席：每月多{small}元，流量从30G升到60G，下个月生效，不满意可以随时改回\n客户：要我提供什么吗，不用验证码吧\n坐席：不用，您同意的话我这边提交，稍后会有10086短信请您回复确认，不回复就不生效\n客户：那我考虑下吧\n坐席：好的，不打扰您了",
    "【{company}】您关注的{fund}今日开放申购，近一年业绩仅供参考，过往业绩不代表未来表现。基金有风险，投资需谨慎。退订回T",
    "【{shop}】恭喜您在“周年庆抽奖”中获得{small}元无门槛券，已自动存入账户“我的-优惠券”，有效期7天。无需支付任何费用领取。",
    "客户经理：{surname}先生您好，我是{company}{city}营业部的客户经理，工号{d6}，您之前在我们这开过户\n客户：嗯，有什么事\n客户经理：最近我们有一款R2中低风险的理财，想简单跟您介绍下\n客户：收益多少\n客户经理：业绩比较基准是{pct}，但不保本也不承诺收益，需要您先在App里做风险测评\n客户：你们不会拉我进什么群吧\n客户经理：不会，所有交易都在我们官方App，我们不推荐个股也不收任何指导费",
    "【{gym}】新春特惠：年卡立减{amount}元，老会员续卡再送私教课2节，活动至{date}。到店咨询，退订回T",
    "【誠品書店】會員獨享｜本週末全館圖書9折，消費滿NT$1000加贈精美書籤，請出示會員條碼。拒收請回覆N",
    "【{app}】您的连续包月会员将于{date}自动续费{small}元，如需取消请在“我的-设置-自动续费管理”中关闭。",
    "【{company}】招聘：仓储物流管理员，{city}，月薪{amount}-{amount2}元，五险一金，面试地址见官网招聘页，全程不收费。退订回T",
    "主播：家人们，这款{goods}今天直播间专享价{small}元，只在我们官方店小黄车下单，别加任何私人微信，那些说便宜的都是假的\n观众：能开发票吗\n主播：可以，订单里申请电子发票\n观众：7天无理由吗\n主播：支持，售后走平台，放心冲",
    "【屈臣氏】Watsons會員專享：指定護膚品買一送一，即日起至{date}，於門市或官網使用。如不想再收到推廣訊息，請回覆STOP。",
    "【{tvshow}】恭喜您在节目官方抽奖中获得三等奖：定制保温杯一个。奖品将由节目组包邮寄出，无需支付任何费用，请在官方公众号填写收货地址。",
    "【{shop}】您收藏的{goods}降价啦！现价{small}元，库存有限，打开App查看。退订回TD",
    "【{operator}】您本月已使用流量达套餐的{pct}，可在App办理流量包，10元1GB当月有效。回复T退订。",
    "【國泰人壽】親愛的保戶您好，您的保單將於{date}繳費，可使用信用卡自動扣繳或至超商繳款。業務員不會要求您將保費匯入個人帳戶，如有疑問請洽本公司免付費客服專線。",
  ],
  personal: [
    "孙子：奶奶！是我呀，小军\n奶奶：哎哟乖孙，怎么打电话来啦\n孙子：没事，就想您了。对了奶奶，最近有没有人打电话说我出事了要您转钱？\n奶奶：没有啊，咋啦\n孙子：新闻说好多骗子冒充孙子，您记住啊，我真要钱肯定找我爸妈，不会找您的，谁打来都别转\n奶奶：晓得晓得，你放假回来不\n孙子：下个月就回，给您带{goods}",
    "表哥：小{surname}，我这个月房贷有点紧，能不能先借我{amount}，下月15号发工资还你\n我：行，哥，我直接转你卡上还是微信？\n表哥：微信就行，我给你打个电话说一声，别让你嫂子知道哈哈\n我：哈哈好，刚视频里看你瘦了\n表哥：加班加的😂 收到了，谢谢啊兄弟",
    "A：昨晚火锅一共{small}，四个人AA，每人多少我算下\nB：我在群里发起个群收款吧\nA：好，我和{fname}的已经付了\nC：我刚看到，马上转\nB：都齐了，下次轮到C请奶茶😏",
    "老板：小{surname}，那个供应商的尾款{amount2}，你走OA流程提交一下，我审批完财务打过去\n我：好的王总，他们刚才又发消息说换了收款账户\n老板：换账户？那你打他们座机核实一下，别光看微信，走合同上的对公账户\n我：明白，我先电话确认，有变更让他们盖章发函\n老板：对，按流程来",
    "亲爱的，我下班路过超市，要不要带点啥？家里洗衣液好像没了，还有你说想吃的草莓🍓",
    "房东：小{fname}，下个月房租{amount}记得按时转哈，还是转我{bank}那张卡\n租客：好的阿姨，水电费也一起吗\n房东：水电费等我抄了表再发你，上个月{small}\n租客：行，那我到时候一起转\n房东：好的，有啥坏了跟我说",
    "买家：你好，这个{goods}还在吗？\n卖家：在的，九成新，原价{amount}，{small}出\n买家：能走平台担保交易吗？\n卖家：可以啊，你直接在闲鱼拍下，我发顺丰，你确认收货钱才到我这\n买家：好，我现在拍\n卖家：拍好了说下，今天下午就发",
    "喂，阿妈，係我啊。我換咗新號碼，舊嗰個唔用喇。你存低呢個，之後WhatsApp打呢個。下星期日返嚟食飯，我會自己煲湯㗎😄",
    "队友：兄弟今晚{game}上不上？三排差一个\n我：上，九点后吧，吃完饭\n队友：好，对了有人私聊我说低价卖号，我没理\n我：别理，买号的十个有九个是找回号的，我们自己练\n队友：哈哈行，晚上见",
    "{fname}：嗨，看到我们在{romanceapp}匹配上啦，你也喜欢徒步？\n我：对！上周刚去了{city}周边的山\n{fname}：哇我也想去，周末要不要一起，人多一点我带上我闺蜜\n我：可以啊，在公共场所集合，AA就行\n{fname}：好呀，那我们周六早上地铁站见☺️",
    "舅舅，我是{name}，手机换号了，原来那个停了。我刚才给您打了语音您没接，存一下这个新号哈，过年见！",
    "妹：姐，我这个月生活费不够了😭能借我{small}吗\n姐：又买衣服了吧？\n妹：没有啦，是交了考研资料费\n姐：行吧，我微信转你了，下不为例\n妹：爱你！下个月兼职工资一到就还",
    "媽：{fname}，你爸說下週要去台中看外婆，你要不要一起？\n我：可以啊，我週六早上有空\n媽：那我先訂高鐵票，你的錢我先墊\n我：好，回家再給你\n媽：不用啦，外婆說很想你😊",
    "同事：亲，上周团建我先垫的{small}，发票已经交财务了，报销下来我再分给大家\n我：好嘞，不着急\n同事：财务说走流程要一周左右\n我：没事，反正是公司统一打卡里的",
    "老公：刚才有人打我电话说是你公司的，问你身份证号，我没给\n老婆：我公司不会找你要的，你做得对\n老公：他还说你出车祸了要手术费\n老婆：我好好在开会呢😂 赶紧挂了，号码截图给我，我报给反诈\n老公：已经挂了，你晚上几点回来",
    "兄弟，上次你帮我搬家那次油钱还没给你，{small}转你了哈，请收下别客气。周末来我新家吃饭🍻",
  ],
  government: [
    "民警：您好，我是{city}市公安局反诈中心民警，警号{d6}，请问是{name}女士吗？\n群众：是我，怎么了\n民警：系统监测到您最近和一个疑似诈骗号码有多次通话，对方是不是在让您投资或者刷单？\n群众：呃……是有个人带我做任务，说先垫付再返利\n民警：那是刷单诈骗，请您立即停止，不要再转任何钱。我们不会问您要银行卡密码，也不会让您转账到任何账户\n群众：我已经转了两千\n民警：请您带上转账记录到最近的派出所报案，我们协助止付",
    "【{city}公安】您好，您于{date}报案的电信诈骗案件（案件编号{case}）已立案侦查，如有进展办案民警将与您联系。公安机关不会以“退赃”名义向您收取任何费用。",
    "话务员：您好，12345政务服务便民热线，工号{d4}，请讲\n市民：我想反映一下，我们小区门口那个路灯坏了快一个月了\n话务员：好的，请问您小区具体地址是？\n市民：{city}和平路23号那个小区\n话务员：已经记录了，会派单给属地街道，处理时限{days}个工作日，办结后会短信回访您\n市民：好的谢谢\n话务员：不客气，祝您生活愉快",
    "【{city}医保】您的医保个人账户{date}划入{small}.26元，当前余额可通过国家医保服务平台App查询。医保部门不会电话要求您“激活”或转账。",
    "群众：喂，是社保局吗？有个人打电话说我社保卡要过期，让我点链接重新认证\n工作人员：阿姨您好，社保卡不会因为这个失效，我们也不会发链接让您认证\n群众：他还说不弄养老金就停了\n工作人员：养老待遇资格认证是免费的，可以在国家社会保险公共服务平台或者到社区办，不收费也不用提供银行卡密码\n群众：那他是骗子啊\n工作人员：是的，您别理他，可以打110或者96110举报",
    "【国家税务总局{city}税务局】提醒：{year}年度个人所得税综合所得汇算请通过官方“个人所得税”App办理，谨防仿冒链接和“退税代办”诈骗。",
    "【{city}交警】您的车辆{plate}于{date}在市区路段有一条未处理的交通违法记录，请通过“交管12123”官方App查询处理。本短信不含任何链接。",
    "【{city}气象台】{date}{time}发布暴雨橙色预警：未来{hours}小时内我市将出现强降雨，请减少外出，远离河道和低洼地区。",
    "民警：您好，我是{city}和平路派出所社区民警，您上个月报的那个网购退款被骗的案子，我们做个回访\n群众：哦，警察同志好\n民警：目前案子已经串并到一个团伙案件中，嫌疑人已抓获部分，涉案资金正在追缴。追回的钱会按法定程序返还，不会让您交任何手续费\n群众：那我要做什么，需不需要去局里\n民警：暂时不用，如需要补充材料会电话通知，您可以拨打派出所座机核实我的身份",
    "【{city}中级人民法院】{name}，您的案件（{case}）定于{date}{time}在第三法庭开庭，请携带身份证准时到庭。案件信息可通过中国移动微法院查询。",
    "您好，這裡是165反詐騙諮詢專線。您昨天來電說的那個「假投資」群組，我們已經協助通報下架。提醒您，警察不會要求您匯款或提供網銀密碼，如再遇到可疑情況請撥打165或110。",
    "【{city}人社】您申请的{year}年度职业技能提升补贴{small}元已审核通过，将在{days}个工作日内发放至您的社保卡金融账户，无需缴纳任何费用。",
    "香港天文台：八號東北烈風或暴風信號現正生效。市民應留在安全地方，遠離窗戶。",
    "调查员：您好，我是{city}和平街道的人口抽样调查员，这是我的调查员证，编号{d6}\n居民：要问什么？\n调查员：就是家里住几口人、年龄、职业这些，不涉及银行卡和收入明细\n居民：需要拍身份证吗\n调查员：不需要拍照，您可以打街道办电话核实我",
    "【{city}应急管理局】森林防火期提醒：严禁野外用火，发现火情请立即拨打119或12119。",
    "坐席：您好，{city}医保局12393热线\n市民：我爸住院报销了一部分，还有一部分什么时候能到\n坐席：请提供一下参保人身份证号码\n市民：好，我报一下全号，尾号是{d4}\n坐席：查到了，二次报销已审核通过，{amount}元会在{days}个工作日内打到他的社保卡上\n市民：要我们去办什么吗\n坐席：不需要，钱直接到卡，如果有人以补助名义要您转账，千万别信",
  ],
  english: [
    "{banken}: A payment of {gbp} to TFL TRAVEL CH was made with your debit card ending {d4}. If you don't recognise it, call the number on the back of your card. We'll never ask you to move money to a safe account.",
    "Agent: {banken} card services, {fname} speaking.\nCustomer: Hi, I think I left my card in a cab last night.\nAgent: Sorry to hear that. I've cancelled it now. Any payments you don't recognise?\nCustomer: No, the last one was dinner.\nAgent: Great. A new card will arrive in 3 to 5 working days. We'll never ask for your PIN or a passcode over the phone.\nCustomer: Brilliant, cheers.",
    "Your {appen} code is {code}. Don't share it with anyone, even if they say they work for {appen}.",
    "{courieren}: Your parcel {d12} is out for delivery today between {time} and 18:00. Track or change your delivery in the {courieren} app.",
    "Mum: Did u get home ok love?\nMe: Yeah just in, train was delayed again 🙄\nMum: Ok. Dad says he'll transfer your half of the holiday deposit tmrw, {gbp}\nMe: Tell him no rush, I can pay it from my savings\nMum: He insists lol. Night xx",
    "Caller: Hi, is this {fname}? It's {clinic} about your blood test.\nPatient: Oh, is everything alright?\nCaller: Nothing to worry about, the doctor just wants a quick follow-up about your vitamin D. Would Thursday at 10:20 work?\nPatient: Thursday's fine.\nCaller: Lovely, you'll get a text confirmation. No charge, it's an NHS appointment.\nPatient: Great, thank you.",
    "HMRC: You are due a tax refund for the {year} tax year. Sign in to your HMRC online account or the HMRC app to check it. We will not ask for bank details by text.",
    "Dear Parent, this is a reminder from {school}: Year 4 trip to the science museum is on {dateen}. Please pay the {usd2} contribution via the school's usual ParentPay account by Friday. Thank you.",
    "Bro: Yo, u good for the rent split this month? {usd} each\nMe: Yeah sending on Zelle now\nBro: Got it. Also landlord said the plumber's coming Tuesday, somebody gotta be home\nMe: I work from home Tues, I got it\nBro: Legend 🙏",
    "Dear Customer, your {operatoren} bill of {gbp} is ready. It'll be collected by Direct Debit on or just after {dateen}. View it in the My {operatoren} app.",
    "Agent: IRS, this is {fname}, how can I help?\nCaller: I got a letter saying my return is under review. Is it real? I've heard about scams.\nAgent: Real notices have a number top right, and we never call demanding gift cards. You can check it in your account on irs.gov.\nCaller: It says CP05.\nAgent: That's legitimate, we're just verifying your income. No action needed unless we write again.",
    "Hi Aunty, this is {fname}, Mum's friend from church. She said you're looking for a tutor for your son. I teach maths on Saturdays in Ikeja, fee is paid monthly after the first lesson. You can call me on this number to discuss, no pressure o.",
    "Your OTP for login to SBI YONO is {code}. Do not share this OTP with anyone. SBI never asks for OTP, PIN or CVV. -SBI",
    "Grab: Your driver {fname} is arriving in 3 mins in a white Toyota Vios, plate SJK{d4}A. Meet at Pickup Point B. Track in app.",
    "Worker: Hi po, Ma'am, this is {fname}, I'll be a bit late today because the jeep is full, maybe 30 minutes.\nEmployer: No problem, take care. Pls also buy eggs on the way, I'll pay you back later.\nWorker: Okay po, how many?\nEmployer: One tray. Thanks!\nWorker: Noted po 😊",
    "Reminder from Lifeblood: thank you for registering to give blood on {dateen} at {time}, Town Hall, Parramatta. Bring photo ID and have a big drink of water beforehand. Reply N if you can't make it.",
  ],
};
