/**
 * Blind genuine set #84 (genuine only; 16 templates per category, all hard near misses: couriers' customs notices and
 * billing alerts that send the reader to their official sites, relatives with a new number; session 17). Measured once
 * on arrival (tree 5254bf0), 3 renderings per template: 33 of 432 flagged (7.6 %; delivery and english 25 %: official
 * links — sf-express.com, royalmail.com, apple.com — read as a stranger's link). Then tuned on.
 *
 * Blind tuning genuine set 84 — session 17.
 *
 * Written blind: the author did not open, list or search any project folder, run project code,
 * or look at existing test sets. All 144 templates are GENUINE messages composed from general
 * knowledge of how legitimate notices and personal chats looked in 2024–2026, deliberately built
 * as hard near misses (they mention refunds, customs duty, frozen accounts, overdue loans, new
 * numbers, 上门 visits, scam tricks …) but always route the reader to official apps, official
 * websites, official 95xxx/hotline numbers or people the reader already knows. None asks for a
 * code, an up-front fee, a transfer to a "safe"/stranger account, screen sharing, or an odd link.
 *
 * Styles mixed inside every group: terse SMS with and without 【签名】, long WeChat/QQ/LINE/
 * WhatsApp/Telegram/dating-app messages, multi-turn chats and call transcripts (varied or no
 * speaker labels, ASR fillers 嗯/呃/那个/就是), about a fifth Traditional Chinese (Taiwan and
 * Hong Kong usage, some Cantonese), typos, homophones, pinyin initials, emoji, and English in UK,
 * US, Indian, Singaporean, Malaysian, Nigerian, Filipino and Australian registers.
 *
 * Public sources whose DESCRIPTIONS were paraphrased (no real text copied): bank and card-issuer
 * pages describing their SMS alert formats and anti-fraud reminders; courier help pages on customs
 * clearance and duty payment (SF Express, Royal Mail, DHL, Parcelforce, UPS); Apple, Netflix,
 * PayPal and Amazon help pages on how to recognise genuine billing e-mails/texts; GOV.UK and HMRC
 * guidance on genuine contact; the Ministry of Public Security / 国家反诈中心 public descriptions
 * of common scam types; consumer-finance regulators' descriptions of lawful collection practice;
 * Taiwan 165 反詐騙 and Hong Kong ADCC public-education summaries.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_TUNING_84_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "【{bank}】您尾号{d4}的储蓄卡{date}{time}在[财付通|支付宝|银联在线]支出人民币{small}.00元，余额{amount}.36元。如非本人操作，请致电{bankno}。",
    "【{bank}】温馨提示：近期有不法分子冒充银行客服称\"您的账户存在异常需转入安全账户\"，银行从不设立安全账户，也不会索要验证码。请认准官方客服{bankno}。",
    "【{bank}】尊敬的客户，您尾号{d4}的账户因{city}某法院协助执行通知已被司法冻结，冻结金额{amount}元。详情请持本人身份证到任一网点查询或致电{bankno}，本行不会通过短信链接处理解冻。",
    "【{bank}】您的信用卡{date}账单已出，本期应还{amount}元，最低还款{small}元，到期还款日为每月{days}日。可通过本行手机银行App或自动还款完成还款。",
    "{bank}信用卡中心：您申请的临时额度已调整为{amount2}元，有效期至{date}。本行不会以\"提额\"为由收取任何费用，请勿理会代办提额电话。",
    "【{bank}】您尾号{d4}的账户收到一笔退款{small}.00元，来源：{shop}订单退款，请以手机银行明细为准。本短信不含任何链接。",
    "嗯，您好，我这边是{bank}{city}分行的客户经理小{surname}，就是……您上周在网点办的那个大额存单{date}到期了，呃，您看是续存还是转活期，您不用在电话里操作，有空带身份证来网点就行，或者在我们App里自己点一下也可以。",
    "【{bank}】因您的账户长期未使用且身份证件已过期，根据监管要求已暂停非柜面交易。请本人携带有效证件到网点更新信息，我行工作人员不会上门或来电索要密码。",
    "【{bank}】风险提示：您尾号{d4}的卡于{time}在境外尝试一笔{usd}消费，已被系统拦截。如为本人交易请在手机银行\"安全中心\"确认；如非本人，卡片已临时锁定，请拨打{bankno}。",
    "【{bank}】您好，您本月有一笔\"刷单返利\"类可疑入账已触发风控，账户暂限制非柜面出账。请勿参与任何刷单，如有疑问请本人到开户网点核实，客服{bankno}。",
    "【{bank}】您{date}办理的跨行转账{amount}元因收款户名不符已退回原账户，手续费{small}元同步退还。请在手机银行核对。",
    "【{bank}】您好！您的借記卡將於{date}到期，新卡已寄往您登記的地址，請收到後於網銀或分行啟用，本行不會致電要求您提供卡號或一次性密碼。",
    "【{bank}】親愛的客戶，近日有人假冒本行名義以LINE通知「帳戶異常需解除分期」，本行不會透過LINE或電話要求您操作ATM。如有疑問請撥打本行客服或165反詐騙專線查證。",
    "恒生提提你：你尾號{d4}嘅戶口喺{date}{time}有一筆HK${amount}嘅轉數快過數。如有疑問，請致電本行熱線或親臨分行，我哋唔會透過短訊連結要求你登入。",
    "客户经理{surname}经理（微信）：{fname}您好～您上个月理财到期款{amount2}元已自动回到您本人卡里了，可以在App\"我的持仓\"看下。这个不用转给我任何东西哈，有新产品我会发官方海报，您在App里自己买就行😊",
    "【{bank}】您尾号{d4}的卡片因连续输错密码已锁定。您可通过手机银行人脸识别自助解锁，或携带身份证前往网点办理。我行不会致电索取验证码。",
  ],
  lender: [
    "【{lender}】您在{lenderapp}的借款本期应还{small}元，还款日{date}。请确保绑定银行卡余额充足，或登录{lenderapp}App主动还款。官方客服请以App内公布为准。",
    "【{lender}】尊敬的{surname}先生/女士，您的借款已逾期{days}天，逾期信息将依法报送至人民银行征信系统，请尽快登录官方App还款。我司不会要求您向任何个人账户转账。",
    "{lenderapp}提醒您：您的额度申请已通过，可用额度{amount2}元，年化利率以合同展示为准。放款前不收取任何费用，凡要求先交\"解冻金\"\"保证金\"的均为诈骗。",
    "【{lender}】近期有不法分子冒充我司客服，以\"注销校园贷\"\"影响征信\"为由诱导转账。我司不存在需要注销的账户，请勿相信。如有疑问请在{lenderapp}App内联系在线客服。",
    "呃，喂您好，这里是{lender}的客服，工号{d4}，就是提醒一下您那个{lenderapp}的账单昨天到期了，嗯，金额是{small}块，您今天在App里还上就不算逾期，那个，我们不会让您转到别的卡上啊，就在App里操作就行。",
    "【{lender}】您好，您申请的提前还款已成功，结清金额{amount}元，剩余利息已按实际天数减免。结清证明可在App\"我的-借款记录\"中下载。",
    "【{lender}】因您的借款严重逾期，我司已将案件委托{city}某律师事务所依法催收，并可能依法提起诉讼。还款请仅通过{lenderapp}官方App或对公账户，对公账户信息以App公示为准。",
    "{lenderapp}：您于{date}提交的征信异议申请已受理，我司将在{days}个工作日内核实并反馈。任何声称可\"付费修复征信\"的均非我司人员。",
    "【{lender}】您的借款合同已生成，借款金额{amount}元，分{days}期。请在App内阅读并确认，如非本人申请请立即致电官方客服冻结。",
    "【{lender}】您本期账单已还清，感谢您的按时还款！良好的还款记录有助于您的信用积累。",
    "【{lender}】提示：您的借款因保险退保产生退费{small}元，已原路退回至您尾号{d4}的银行卡。我司不会以\"退费需验证\"为由联系您。",
    "【{lender}】您好，您於{date}申請的分期已核准，首期還款日為{date}。請透過官方App或便利商店條碼繳款，本公司不會以私人帳戶收款。",
    "貸款公司客服：{surname}生你好，你嘅私人貸款本月供款HK${amount}仲未收到，麻煩你喺到期日前經網上理財或轉數快繳付到公司登記戶口。如已繳付請忽略。",
    "【{lender}】因您的账户存在多次逾期，我司已暂停您的借款额度。额度恢复以系统评估为准，任何人以\"内部渠道恢复额度\"收费均为诈骗，请勿轻信。",
    "同事群 @{fname}：那个{lenderapp}催收打到我这了，说你是紧急联系人……我问了下，是你表弟欠的？他们态度还行，就说让他在App里还，没有让我替还，跟你说一声哈",
    "【{lender}】您好，您的一笔借款将于{hours}小时后到期，应还{small}元。如遇困难可在App申请延期还款，请勿相信第三方\"代还\"\"债务优化\"。",
  ],
  otp: [
    "【{app}】验证码{code}，用于登录，5分钟内有效。验证码是您的重要凭证，请勿告诉他人，工作人员不会向您索要。",
    "【{bank}】您正在办理手机银行新设备绑定，动态码{code}。若非本人操作，请勿提供给任何人并立即致电{bankno}。",
    "{code} is your verification code. Don't share it with anyone. [If you didn't request this, ignore this message.|Our staff will never ask for it.]",
    "【12306】您的验证码为{code}，用于修改密码，请勿泄露。如非本人操作，请忽略。",
    "【{operator}】您正在办理携号转网授权，授权码{code}，{hours}小时内有效。本码仅用于本人办理，切勿告知他人。",
    "【{app}】您的账号于{date}{time}在{city}的新设备登录。如非本人操作，请立即在App\"设置-账号安全\"中修改密码。",
    "【{shop}】您正在使用手机号登录，验证码{code}。提醒：任何以\"退款理赔\"为由索要验证码的都是骗子。",
    "【國泰世華】您的網路交易驗證碼為{code}，交易金額NT${amount}，請於5分鐘內輸入。請勿將驗證碼告知他人，包括本行人員。",
    "【{bank}】尊敬的客户，您正在进行银联在线支付，金额{small}.00元，验证码{code}。任何索要验证码的都是诈骗！",
    "Telegram code: {code}. Do not give this code to anyone, even if they say they are from Telegram!",
    "【支付寶HK】你嘅一次性密碼係{code}，有效時間為10分鐘。切勿向任何人透露。",
    "【{app}】你正在更换绑定手机号，验证码{code}。如果有人以\"送红包\"\"解除会员\"为由要求你转发此短信，请立即拒绝。",
    "Your Microsoft account security code is {code}. If you didn't request it, you can review recent sign-in activity at account.microsoft.com.",
    "【个人所得税】您正在注册个人所得税App，验证码为{code}，请勿泄露给他人。",
    "【{app}】安全提醒：您的账号刚刚修改了登录密码。如非本人操作，请使用App内\"申诉找回\"功能，平台客服不会主动添加您的微信。",
    "Google: G-{code} is your verification code. Never share it; Google will never call you to ask for it.",
  ],
  delivery: [
    "【顺丰速运】您的国际包裹{d12}已到达{city}海关，需完成清关。请打开顺丰速运App或官网 www.sf-express.com 上传收件人身份证并确认税费，如有疑问拨打{courierno}。",
    "【{courier}】您的快递{d12}已放入{station}，取件码{pick}，请于{hours}小时内取件。",
    "【京东物流】您的跨境订单{d12}需实名认证后方可清关，请在京东App\"我的订单-清关认证\"中完成，京东不会通过电话索要银行卡信息。",
    "嗯，喂，您好，我{courier}的快递员啊，你那个件儿到了，就是……你家里有人没有？没人的话我给你放{station}了啊，取件码短信会发你，好嘞好嘞。",
    "【{courier}】您的包裹{d12}在运输中出现外包装破损，我们深表歉意。理赔申请请通过{courier}官方App\"服务-理赔\"提交，或拨打{courierno}。我司不会通过私人微信办理理赔。",
    "【美团外卖】您的订单骑手{surname}师傅已取餐，预计{time}送达。如需联系骑手，请在App内拨打隐私号。",
    "【菜鸟】您的包裹{d12}地址不完整，派送暂停。请在菜鸟App或{shop}订单页修改地址，修改免费。",
    "【EMS】您的国际邮件{d12}已被海关查验，需补充申报资料，请登录中国邮政官方App或 www.ems.com.cn 提交；应缴税款将以海关电子税单形式在App中显示。",
    "骑手：您好我到小区门口了，保安不让进，您方便下来拿一下吗？还是我放门卫？\n我：放门卫吧谢谢\n骑手：好的，放门卫桌上了，麻烦确认一下收货哦",
    "【{shop}】您购买的{goods}订单因商家无法发货已取消，款项{small}元将在1-3个工作日原路退回。无需联系任何\"客服\"办理，退款进度可在订单详情查看。",
    "【順豐速運】您的跨境包裹{d12}需申報個人物品，請透過順豐官網 www.sf-express.com 或順豐App上傳身份證明，稅款以海關核定為準。",
    "【7-ELEVEN】您的包裹已到達店取門市，請攜帶證件於{days}日內取件，取貨付款金額NT${small}。",
    "{courier}客服来电转写：您好，是{surname}先生吗？您寄往{city}的件因为含有电池被安检退回了，嗯，现在退回到您寄件网点，您方便的时候带身份证去取一下就行，运费会原路退到您支付账户。",
    "【{courier}】您的快递{d12}派送时无人签收，已安排明日二次派送。如需改约时间，请在官方小程序或{glink}自助预约。",
    "【京東物流】閣下嘅包裹{d12}已送達香港，需繳付進口稅HK${small}，請於京東App訂單頁或 www.jdl.com 官方頁面支付，本司唔會以短訊連結收費。",
    "【中通快递】温馨提示：近期有人冒充快递员称\"快递丢失要理赔\"诱导加好友、开共享屏幕。中通理赔只通过官方App或{courierno}办理。",
  ],
  appointment: [
    "【{hospital}】{name}您好，您预约的{dept}门诊号为{date}{time}，请提前30分钟到院，凭身份证或医保电子凭证签到。如需退号请在医院公众号操作，退号费用原路返回。",
    "【{car}】尊敬的{plate}车主，您的车辆保养预约在{date}{time}，预计耗时2小时。到店请报车牌号，付款在店内收银台或官方小程序完成。",
    "【{salon}】亲，您预约的{date}{time}洗剪吹已确认，设计师{fname}为您服务。如需改期请提前2小时在小程序操作，会员卡余额不会因改期扣除哦～",
    "{operator}装维师傅：您好，我是来给您装宽带的{surname}师傅，工单号{d6}，大概{time}到您家，上门前会再打电话。安装费已含在套餐里，现场不收钱，有问题打10086/10010/10000都能查工单。",
    "【{school}】家长您好，本周五{time}召开期中家长会，地点各班教室。请家长凭接送卡入校，学校不会通过电话收取任何资料费。",
    "【{gym}】会员{fname}，您预约的{date}{time}私教课已确认。如需取消请提前{hours}小时在App操作，否则将扣除一节课时。",
    "HR：{name}你好，我是{company}人力资源部的{surname}，邀请你{date}{time}来公司参加二面，地址{city}科技园A座{d3}室。面试无需任何费用，带简历原件即可，有问题打公司前台座机。",
    "【{hospital}】您{date}预约的体检因设备检修需调整至后一日，给您带来不便深表歉意。已缴费用可原路退回或保留，请在医院官方App\"我的预约\"中选择。",
    "燃气公司：您好，我们将于{date}对贵小区进行年度入户安检，工作人员穿工装、佩戴工牌，可拨打96777核实身份。安检免费，不推销任何产品。",
    "嗯，您好，{car}这边，就是您车上周做的那个刹车片，呃，厂家有个召回，要免费更换一个零件，您看{date}哪天方便开过来？不收费的，预约也可以在4S店小程序上约。",
    "【{hospital}】溫馨提示：您預約的{dept}門診將於{date}{time}看診，請攜帶健保卡準時報到。如需取消請至本院官網或App操作。",
    "{clinic}牙科：{fname}你好，提提你聽日{time}洗牙預約，如要改期請WhatsApp或致電診所，多謝！",
    "物业：业主您好，{date}上午9点到12点停水检修管道，期间会有维修师傅上门检查水表，均佩戴物业工牌，可在物业群核实。不收任何费用哦。",
    "【{app}】您预约的家电清洗服务已派单，师傅{surname}将于{date}{time}上门。服务费用已在线支付，师傅不会另收现金，如遇加价请在App投诉。",
    "【戶政事務所】您預約的{date}{time}換發身分證已完成登記，請攜帶舊證及照片一張親自辦理。",
    "宠物医院：{fname}家长您好～豆豆的疫苗加强针约在{date}{time}，别忘了带免疫本哦🐶 如果要改时间直接在微信回我就好",
  ],
  marketing: [
    "【{shop}】618预售已开启！{goods}限时立减{small}元，叠加满减更划算。详情见{shop}App首页。退订回T",
    "【{company}】尊敬的客户，您关注的{fund}本周开放申购。基金有风险，投资需谨慎，过往业绩不代表未来表现。请通过本公司官方App或营业部办理。拒收请回复R",
    "【{operator}】您的当前套餐即将到期，可升级为{small}元/月5G畅享套餐，含流量100GB。办理请到营业厅或官方App，营业厅不会让您下载第三方软件。退订回TD",
    "【{app}】恭喜！您在会员日抽奖中获得{small}元无门槛券，已自动存入您的账户卡包，有效期{days}天。无需支付任何费用领取。",
    "【{shop}】您的会员将于{date}自动续费{small}元。如需取消，请在App\"设置-自动续费\"中关闭。本平台不会致电要求您操作\"取消会员\"。",
    "【{salon}】老客专享：本月烫染7折，储值卡用户再送护理一次～小程序可预约。回T退订",
    "【{company}】投资者教育提醒：近期有人冒充我司分析师，通过社交群组推荐\"内部股\"\"打新\"。我司从未在任何群内荐股或代客理财，交易请仅通过官方App。",
    "【{gym}】新店开业，办年卡立减{small}元，7天无理由退卡（未使用课时全额退）。详询门店前台。拒收回复T",
    "【{tvshow}】官方活动：您参与的节目互动抽奖结果已公布，获奖名单见节目官方微博。本节目不会私信中奖者索取任何手续费或个人银行卡信息。",
    "招聘｜{company}{city}分公司招聘客户服务专员，五险一金，月薪{amount}-{amount2}元，面试地点公司总部。全程不收取任何费用，投递请通过官方招聘网站或Boss直聘。",
    "【全聯】會員您好，本週福利卡點數加倍，{goods}買一送一，活動至{date}止。詳情請見全聯App。",
    "【{operator}】尊敬的客户，您本月话费已返还{small}元至账户余额，可在App\"话费余额\"中查看。无需点击任何链接，亦无需回复短信。",
    "【{app}】您的年度账单已生成～今年你一共点了{days}次奶茶🧋 打开App看看你的专属报告吧！退订回T",
    "【百佳】會員獨家：週末超市禮券HK${small}已存入你嘅Moneyback賬戶，可喺App內查看及使用。",
    "【{shop}】您收藏的{goods}已降价{pct}，库存有限。仅可在官方App内下单，谨防仿冒购物链接。回T退订",
    "【{company}】您的证券账户已开通新股申购权限。新股申购有破发风险，请理性参与。本公司不会通过个人微信或QQ收取申购资金。",
  ],
  personal: [
    "妈，我手机换号了，这是我新号，旧号那个卡丢了。你存一下哈，晚上我视频给你打过去你就知道是我了😂 别人用我名义找你借钱的话一律不信啊",
    "{fname}：诶{surname}哥！我是高中坐你后面那个，还记得不？前两天看同学群里有你微信就加了，哈哈好多年没见了，下个月同学聚会你来不？",
    "老公：今晚我加班，你去接一下孩子，顺便在楼下超市买点{goods}，钱我微信转你了{small}块",
    "室友：我饭卡没钱了😭 先借我50呗，明天还你，或者你帮我在食堂刷一下我给你转",
    "同事{surname}：你好，财务那边说这个月供应商的款要走OA审批，你把合同和发票扫一下上传流程就行，老板审批完财务会按流程付。别私下转哈，审计要查的。",
    "A：你在闲鱼上挂的那个{goods}还在吗？\nB：在的，九成新\nA：能走闲鱼担保交易吗？\nB：可以，你直接拍就行，我看到就发货",
    "{romanceapp}匹配的{fname}：嗨～周六下午那家咖啡店见？我穿白色卫衣，到了给你发消息。就在人多的商场一楼，放心哈😊",
    "舅舅：外甥，我新换的手机号，这个是微信也绑了，你加一下。下周我到{city}出差，请你吃饭",
    "嗯……喂？是我啊，你二姨。那个，我手机没电了用的你表妹的手机打的，就是问一下你明天几点的高铁，呃，我们去站口接你，好，好，不用买东西啊。",
    "游戏好友：兄弟今晚上{game}开黑不？我买了新皮肤哈哈，八点老地方语音",
    "房东：小{surname}，下个月房租还是转到我那张{bank}卡上，跟以前一样。热水器我已经让师傅周三下午上门修了，你在家开个门就行。",
    "閨蜜：欸我換號碼了喔，舊的那支手機掉在捷運上😭 這支是新的，LINE也換了，等等打給你確認一下～",
    "阿爸：阿仔，我哋下個禮拜飲茶，你問吓阿妹得唔得閒。我新手機號碼係呢個，你save低佢。",
    "小{surname}：我这个月工资还没发，能不能先借我500，发了马上还你。你要是不方便也没事哈，不用勉强的",
    "老板（企业微信）：{fname}，下周一前把上个季度的差旅报销整理一下，走公司报销系统提交，我来审批。有票据不全的问问财务，别垫太多钱。",
    "學長：學弟～我是系上的{surname}學長啦，之前同一個實驗室的，最近看到你在找實習，我們公司有缺人，你可以直接在公司官網投履歷，我幫你跟主管說一聲",
  ],
  government: [
    "【国家反诈中心】提醒您：凡是自称\"公检法\"要求转账到\"安全账户\"的都是诈骗！公检法机关不存在安全账户，不会通过电话、视频办案。如遇可疑情况请拨打96110。",
    "【{city}公安】您好，我局监测到您近期可能接触过网络诈骗信息，请勿向陌生人转账。如需帮助请拨打110或96110，民警不会要求您下载任何会议软件。",
    "【12345】您反映的小区噪音扰民问题已转交{city}城管部门办理，工单号{d6}。办理结果将于{days}个工作日内反馈，请保持电话畅通。",
    "【{city}人社】您的社保卡已制作完成，请于{date}后携带身份证到{bank}指定网点领取并激活。领取免费，不会通过短信链接激活。",
    "【国家税务总局】您{year}年度个人所得税综合所得汇算已完成，应退税额{small}元，将退至您在个税App中填写的银行卡。请以个税App为准，勿点击来历不明的\"退税链接\"。",
    "【{city}医保】您的医保个人账户已于{date}划入{small}元。医保部门从不会以\"医保卡异常\"为由要求转账，查询请使用国家医保服务平台App。",
    "【交管12123】您的车辆{plate}于{date}在{city}有一条交通违法记录，请登录交管12123App查询处理。交管部门不会发送短信链接缴纳罚款。",
    "【{city}人民法院】您好，您作为当事人的{case}号案件定于{date}{time}开庭，请携带身份证件按时到庭。案件信息可在中国移动微法院或审判流程信息公开网查询，法院不会要求通过电话缴纳保证金。",
    "【{city}气象台】暴雨红色预警：预计未来{hours}小时全市有大暴雨，局部特大暴雨，请减少外出，远离低洼地带。",
    "【{city}民政】您申请的{year}年度困难群众临时救助金{amount}元已于{date}发放至您本人社保卡金融账户，请注意查收。申领全程免费，谨防冒名收费。",
    "社区网格员：阿姨您好，我是咱们社区网格员小{surname}，明天下午我们和民警一起上门做防诈宣传，会带工作证，您可以先打社区居委会电话核实一下哈。不收钱不卖东西。",
    "【165反詐騙】提醒您：假投資、假交友、假網拍是目前最常見詐騙手法。凡要求下載陌生App或加LINE群組投資者，都是詐騙！有疑問請撥165查證。",
    "【香港警務處】反詐騙協調中心提提你：假冒政府官員、銀行職員來電要求你提供戶口資料，都係騙案！有懷疑請致電防騙易熱線18222。",
    "嗯，您好，这里是{city}市公安局{gov}反诈中心，呃，我们就是通过系统预警发现您刚接到一个境外诈骗电话，就是想提醒您一下，不要给对方转账啊，也不要下载他让您下的软件。我们这边不需要您提供任何信息，您自己注意就好。",
    "【{city}统计局】2025年全国1%人口抽样调查调查员将于{date}前后入户登记，调查员持统一证件，不会询问银行卡号、密码等信息。如有疑问可拨打街道统计站电话核实。",
    "【{gov}】您的{year}年度住房公积金提取申请已审核通过，金额{amount}元将在{days}个工作日内转入本人绑定银行卡。全程无需向任何人支付费用。",
  ],
  english: [
    "Royal Mail: Your parcel from overseas has a customs charge of {gbp}. We'll hold it for {days} days. Pay only at royalmail.com/fees using the 16-digit fee card reference left at your address.",
    "DHL Express: Shipment {d12} requires import duty before delivery. Pay securely in the MyDHL+ app or at dhl.com, or reply with your preferred delivery date. Never pay via links from unknown numbers.",
    "Apple: Your subscription to Apple Music has been renewed for {usd2}/month. To manage or cancel, go to Settings > your name > Subscriptions, or visit apple.com/support.",
    "Netflix: Your payment didn't go through. Update your payment method at netflix.com/account before {dateen} to keep watching. We'll never ask for card details by text.",
    "PayPal: You sent {usd} to {fname}. If you didn't make this payment, log in at paypal.com or the PayPal app and report it in the Resolution Centre.",
    "Amazon: Your refund of {gbp} for order {d3}-{d6}-{d6} has been issued to your original payment method. Check Your Orders on amazon.co.uk for details.",
    "HMRC: You can now check your tax code and estimated income tax for the current year in your HMRC app or at gov.uk/personal-tax-account. We will never ask for bank details by text.",
    "{banken}: We've blocked a {gbp} payment attempt on your card ending {d4}. If this was you, approve it in the app. If not, no action needed - your card is safe. We'll never ask you to move money.",
    "hey mum it's me {fname} 😅 phone fell in the loo, on Jess's phone til tmrw. don't worry about anything, just didn't want u calling my old number n panicking. will ring u from the landline tonight x",
    "Hi {fname}, this is Mrs Patel from Year 4. Reminder: school trip forms and the £12 contribution go through ParentPay as usual, not cash. Thanks!",
    "Dear customer, your FedEx shipment {d12} is held by Indian customs. Please submit KYC docs via fedex.com/in or the FedEx app. Duties payable only on the official site. -FedEx India",
    "SingPost: Item {d12} awaits GST payment of S{usd2}. Pay via the SingPost app or singpost.com before collection at the post office. SingPost will not ask for OTPs.",
    "Auntie here o, {fname}. I'm in Lagos till Sunday, will call when I land. Your uncle said send my greetings to your mum. No wahala, God bless 🙏",
    "Pos Malaysia: Parcel {d12} ready for pickup at your nearest outlet. Bring IC. Track at pos.com.my. Pos Malaysia never requests payment via SMS links.",
    "Hi {fname}, your Medicare claim for {clinic} of {usd} has been paid to your nominated bank account. View in your Medicare online account through myGov.",
    "Boss: hi {fname}, pa-raise naman ng PO for the new laptops sa usual procurement portal ha. Finance will pay once I approve. No rush, end of week is ok po 👍",
  ],
};
