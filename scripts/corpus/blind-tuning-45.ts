/**
 * Blind tuning set #45 (genuine only; LONG texts again — whole calls and chat logs of 300–1,200 characters, 8 per
 * category, 12 English — by a second writer, with customers retelling scam attempts and staff warning about them;
 * session 14). Measured once on arrival (tree 5d51994, which already read transcripts without the reader's turns and
 * had set #42 in its training rows), 3 renderings per template: 81 of 228 flagged (35.5 %; the rules alone 52 %).
 *
 * BLIND_GENUINE_45 — long GENUINE (non-fraud) conversations for the anti-fraud classifier test set.
 *
 * Written blind to the classifier: the author never saw its code, rules, training data or scores.
 * Every text is an ordinary, legitimate phone-call transcript or chat log (300–1,200 characters),
 * in the style of the negative class of fraud-dialogue data sets: speaker-labelled turns
 * (A:/B:, 客服：/客户：, 坐席/用户, left:/right:, 1:/2:), unlabelled ASR text with fillers,
 * and named chat logs; Simplified and Traditional Chinese, Cantonese, and UK/US/SG/IN/AU English.
 * Many are near misses: they talk about 逾期, 验证码, 上门, 冻结, 退款, 理赔, 中奖, "new number",
 * "account locked" etc., and some retell or warn about scams, but none asks for a code, an
 * up-front fee, a transfer to a "safe"/personal account, or a link on an odd domain.
 *
 * Sources: invented by the author; general public knowledge of how banks, lenders, couriers,
 * clinics and public agencies phrase service calls (public anti-fraud advisories from police,
 * banks and regulators were only used as DESCRIPTIONS of what genuine institutions never ask).
 * No real transcripts, chat logs or data-set rows were copied.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_GENUINE_45_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    `坐席：您好，请问是{name}先生吗？我这边是{bank}信用卡中心的，工号{d4}。
用户：是我，什么事？
坐席：是这样的，您尾号{d4}的信用卡本期账单{amount}元，到期还款日是{date}，系统显示目前还没有入账，已经逾期{days}天了，跟您确认一下是不是忘记了。
用户：哎呀，上个月出差给忘了。那我现在怎么还？
坐席：您可以直接在{bank}手机银行App里，点“信用卡”再点“还款”，用本人借记卡还就可以；或者到任意网点柜台也行。我们这边电话里不会让您转账到任何其他账户，也不会问您密码和验证码，这点您放心。
用户：好的好的，那会不会影响征信啊？
坐席：逾期时间比较短，您今天还上的话，我这边可以帮您备注一下，具体以系统为准。另外会产生一点违约金，账单里都能看到明细。
用户：行，我挂了电话就在App里还。
坐席：好的，还款后一般当天入账，您可以在App里查看。如果有人以我们名义让您往个人账户打钱，一定不要理会，打卡片背面的{bankno}核实就行。祝您生活愉快，再见。`,
    `客服：您好，这里是{bank}{city}分行营业部，请问是{name}女士吗？
客户：对，是我。
客服：您前天在手机银行上预约了大额取现，金额{amount}元，时间是{date}上午十点，我来跟您确认一下预约信息。
客户：对对，是我约的，我要给装修队结尾款。
客服：好的。那到时候请您带上本人身份证和取款的那张银行卡原件，直接到一楼三号窗口，报您的预约号就行，预约号是{d6}，手机银行里也能看到。
客户：需要提前交什么手续费吗？
客服：不需要的，本地同名账户取现不收费。另外按照规定，大额取现我们柜员会简单问一下资金用途，主要是防范电信诈骗，您如实说就可以，不用紧张。
客户：明白，最近是挺多骗子的。
客服：是的，如果是付装修款，其实转账也更安全，您可以考虑一下。那{date}上午见，有变化您在App里取消预约或者打{bankno}都行。
客户：好，谢谢你啊。
客服：不客气，再见。`,
    `A: 喂，您好。
B: 您好，请问是{name}吗？我是{bank}的风险监控中心，这个电话是关于您信用卡的一笔交易。先说明一下，我们不会问您卡密码、不会要验证码，只是请您核实。
A: 哦，你说。
B: 今天{time}有一笔境外网站的消费，金额{usd}，商户名是一串英文，系统判断有点异常，先暂时拦截了。请问是您本人操作的吗？
A: 不是啊，我今天一直在上班。
B: 好的。那这笔交易我们已经拒绝了，建议您现在打开{bank}App，在“卡片管理”里把这张卡临时冻结，然后可以申请换卡，新卡会寄到您账单地址。
A: 行。对了，我上午还收到一条短信，说我积分要过期，让我点链接兑换，我没点。会不会跟这个有关系？
B: 有可能是钓鱼短信，以后这种链接都不要点。积分兑换只在我们官方App里进行。您现在方便的话可以在App里看一下最近交易记录，如果还有不认识的，直接在App里发起争议就行。
A: 我看了一下，就那一笔。
B: 好的，那今天就处理到这里，有问题打卡背面的客服电话{bankno}。`,
    `喂你好 我想问一下我那个手机银行怎么登不上了 嗯 您好先生 请问您是提示什么呢 就是说那个 账户已冻结请联系客服 我吓一跳 嗯嗯 您别着急 我先帮您查一下 请问您贵姓 姓{surname} 好的{surname}先生 我看到是因为今天早上有三次登录密码输错了 系统自动锁定了手机银行 这个不是卡片冻结 您卡里的钱是没有影响的 哦那就好 那怎么解开啊 您可以在登录页面点忘记密码 用本人身份证号和银行卡重置 或者带身份证到任意网点柜台解锁 啊 那个 我老婆说刚才还有个电话说是银行的 让我加个什么会议软件共享屏幕 说帮我解冻 嗯 先生那个肯定不是我们 银行绝对不会让您共享屏幕 也不会让您下载会议软件 您千万不要操作 哦哦好好 那我自己去重置 对的 您就在官方App里操作就行 有问题再打{bankno} 好 谢谢 不客气 再见`,
    `專員：您好，這邊是{bank}信用卡客服中心，請問是{name}先生本人嗎？
客戶：是，請說。
專員：跟您說明一下，您這期信用卡帳單應繳金額{amount}元，繳款截止日是{date}，目前系統還沒有收到款項，想跟您確認一下是否有收到帳單。
客戶：有收到啦，就最近比較忙，還沒去繳。
專員：了解。您可以用我們的行動銀行App直接繳款，或者到便利商店、ATM繳費都可以。如果超過繳款期限，會有延滯的利息，所以提醒您一下。
客戶：好，那可以分期嗎？
專員：可以的，帳單分期要在App裡面申請，或者您撥打卡片背面的客服專線，會有專人幫您試算，利率都會清楚列出來，不會另外收取什麼保證金。
客戶：喔好，我先自己在App看看。
專員：好的。另外提醒您，最近有很多假冒銀行的電話說要解除分期付款設定，那都是詐騙，我們不會請您去ATM操作。謝謝您，祝您順心。`,
    `職員：喂，你好，{name}先生？我係{bank}客戶服務部打嚟嘅。
客人：係，咩事呀？
職員：我哋見到你嘅網上理財戶口今朝連續輸錯咗密碼幾次，所以系統暫時鎖咗，想同你確認吓係咪你自己登入。
客人：啊係呀，我換咗新電話，唔記得密碼。
職員：明白。咁你可以喺手機App登入版面撳「忘記密碼」，用你嘅身份證號碼同提款卡重設；或者帶埋身份證去任何一間分行搵同事幫手。
客人：你哋要唔要我讀返個短訊驗證碼俾你？
職員：唔使，我哋職員任何時候都唔會問你要一次性密碼或者網上理財密碼，如果有人咁問你，一定係騙案，記得唔好俾。
客人：好彩你講，早兩日有個電話話係金管局，叫我轉錢去安全戶口，我即刻收線。
職員：做得啱。有懷疑可以打防騙易熱線18222問吓。仲有冇其他可以幫到你？
客人：冇喇，唔該晒。
職員：唔使客氣，拜拜。`,
    `【{bank}App 在线客服 会话记录】
用户 {name}：你好，我昨天转账转错了，少打了一位尾号，钱被转到别人账户了怎么办？
在线客服 小{surname}：您好，很抱歉给您带来不便。请问转账金额是多少，是跨行还是本行呢？
用户 {name}：{amount}元，本行的，对方名字我也不认识。
在线客服 小{surname}：了解。本行转错账的话，我们可以帮您联系收款方协商退回，但需要您本人带身份证和转账凭证到开户网点柜台填写《差错处理申请》，银行不能直接从对方账户扣款。
用户 {name}：那要多久啊？要交钱吗？
在线客服 小{surname}：不收取任何费用，一般3到7个工作日会有结果。如果对方不同意退回，您可以向法院提起诉讼，网点会提供交易流水作为证据。
用户 {name}：好的。刚才有个人加我微信说是银行的，能帮我追回来，但要先交{small}元手续费。
在线客服 小{surname}：那是诈骗，请不要理会，也不要转账。我们只会通过官方渠道和网点联系您。
用户 {name}：明白了，我明天去网点。谢谢！`,
    `A：阿姨您好，我是{bank}这边的大堂经理，您先坐一下，我看您填的是要转{amount}元到外地一个账户，方便问一下是转给谁吗？
B：转给我外甥，他说他在外面出事了，要交保证金。
A：阿姨您别急啊，那您是电话里跟您外甥本人说的吗？声音确定是他吗？
B：是发信息说的，说换了新号码，不方便打电话。
A：这样，我们先不转，您有没有您外甥以前的号码或者他爸妈的电话？咱们先打过去问问。
B：有，他妈妈是我妹妹。
（通话中）
B：……她说孩子在学校上课呢，好好的，什么事都没有。
A：阿姨，那就对了，这个是典型的冒充亲友诈骗。幸好还没转。钱还在您自己卡里，很安全，您不用做任何操作。
B：哎呀吓死我了，谢谢你啊小姑娘。
A：不客气，以后再有人让您转账，先打电话核实，或者来网点问我们。这张反诈宣传单您拿着，上面有96110的电话。`,
  ],
  lender: [
    `坐席：您好，请问是{name}先生吗？我是{lender}的贷后服务专员，工号{d4}。
用户：嗯，是我。
坐席：打扰您一下，您在{lenderapp}上的借款本期应还{amount}元，还款日是{date}，目前已经逾期{days}天，想了解一下您这边是遇到什么情况了吗？
用户：最近公司工资晚发了，手头有点紧。
坐席：理解的。逾期会产生罚息，时间长了也会上报征信，所以还是建议您尽快处理。您看大概什么时候能还上？
用户：下周五发工资，应该可以。
坐席：好的，我给您备注下周五。还款的话请直接在{lenderapp}里点“立即还款”，用您绑定的本人银行卡扣款，我们不会让您转账到任何个人账户或者所谓的指定账户。
用户：好，那你们不会打我家里人电话吧？
坐席：我们只联系借款人本人，按规定不会骚扰您的家人同事。如果您还款有困难，也可以在App里申请协商，到时候会有专人联系您。
用户：行，我知道了。
坐席：好的，感谢您的接听，祝您生活顺利，再见。`,
    `客户：喂，你好，我想问一下我这个贷款能不能分期还，我现在一次性还不上。
客服：您好，这里是{lender}客服热线，请问您是借款人本人吗？麻烦报一下身份证后四位。
客户：{d4}。
客服：好的{surname}女士，我看到您目前剩余本金{amount}元，已经逾期{days}天。您是想申请延期还是重新分期呢？
客户：能分成十二期吗？我每个月大概能还一千多。
客服：我帮您提交一下个性化分期申请，审核通过后会在{lenderapp}里推送新的还款计划，您在App里确认签署电子协议就生效，整个过程不收取任何手续费或保证金。
客户：那要多久有结果？
客服：一般三个工作日左右。这期间建议您先还一部分最低还款，避免逾期天数继续增加。
客户：好。还有个事，前两天有人打电话说是你们法务部的，说要起诉我，让我加微信谈。
客服：我们法务不会通过私人微信联系客户，也不会让您往个人卡打钱，这个您可以不用理会，有疑问随时拨打官方热线核实。
客户：好的，谢谢。`,
    `用户：你好，我是你们的老用户，昨天接到一个电话，说我是学生时期开过校园贷，现在要注销，不然影响征信，我有点慌，就想打过来问问。
坐席：您好，感谢您来电核实。请问您贵姓？
用户：姓{surname}。
坐席：{surname}先生，我先说明一下，{lender}没有所谓“注销校园贷账户”的业务，征信也不是我们打个电话就能改的。对方有没有让您做什么操作？
用户：他说让我把各个借款App里的额度都借出来，转到一个什么监管账户，验证完再退回来。
坐席：那完全是诈骗，您千万不要操作。请问您有没有已经借款或者转账？
用户：还没有，我觉得不对劲就挂了。
坐席：非常好。我这边查了一下，您在我们这里目前没有未结清的借款，账户状态正常。如果您想确认征信，可以登录中国人民银行征信中心官方网站，或者到当地人民银行网点查询，都是免费的。
用户：明白了，那我把那个号码拉黑了。
坐席：好的，也建议您拨打96110反映一下。还有其他可以帮您的吗？
用户：没有了，谢谢。`,
    `1：您好，這裡是{lender}貸款服務中心，請問是{name}小姐嗎？
2：對，我是。
1：跟您確認一下，您的信用貸款這個月的期款{amount}元，原本扣款日是{date}，因為您約定扣款的帳戶餘額不足，所以沒有扣款成功。
2：啊，我忘記把錢轉進去了。
1：沒關係，您可以在這幾天內把款項存入原本的約定帳戶，我們系統會再扣一次；或者您也可以在我們官方App選擇臨櫃或ATM繳款，繳款帳號是您專屬的虛擬帳號，App上都看得到。
2：會有違約金嗎？
1：延遲幾天的話會依照契約計算少量的遲延利息，不會有其他額外的費用。我們不會請您匯款到私人帳戶。
2：好，我明天就存進去。對了，前幾天有人打來說是你們公司，說要幫我降低利率，要我先匯一筆手續費。
1：那不是我們喔，我們調整利率不會收任何費用，也不會請您匯款到其他帳戶，建議您撥165查證。
2：好，謝謝提醒。
1：不客氣，祝您有美好的一天。`,
    `喂 您好 请问是{name}吧 啊 对 是我 您好 我这边是{lender}的 就是那个 您之前在我们这边有一笔分期嘛 嗯 然后这个月的还款那个 嗯 还没还上 就是想提醒您一下 哦哦 对对对 我这个月确实忘了 嗯 没事 就是 现在是逾期{days}天 金额的话是{amount} 您看 您今天方便处理一下吗 方便方便 我在哪还啊 就是在那个{lenderapp}里面 您登录以后首页就有一个 待还款 点进去就行 嗯 用您自己的卡就行 好的 那个 我问一下啊 那个罚息多少啊 罚息的话 嗯 App里面会有明细 大概就是几块钱 不多 哦那还行 对 然后就是 您这个要是按时还上的话 对征信影响是比较小的 嗯嗯 好 那我一会儿就还 好的 那就不打扰您了 啊对了 还有就是 如果有人说是我们这边的 让您转到什么个人卡上 您别理啊 我们只在App里还款 嗯嗯 知道了 拜拜 拜拜`,
    `A：您好，{lender}客服，请问有什么可以帮您？
B：你好，我想问下我的借款额度为什么一直提不上去，我都按时还了一年了。
A：感谢您一直以来的信任。额度是系统根据您的综合信用情况自动评估的，我们人工没办法直接调整。
B：可是有人打电话说是你们的，说交{small}元会员费就能把额度提到五万，还要我先刷一笔流水。
A：这个我明确告诉您，我们提额不收取任何会员费、手续费、保证金，也不需要“刷流水”“验资”。凡是要求您先交钱的都是诈骗。
B：我就觉得奇怪。那我要怎么才能提额？
A：您可以在{lenderapp}里补充一些资料，比如公积金、社保授权，系统会定期重新评估。另外保持按时还款就好。
B：好的，那个骗子的号码我要不要告诉你们？
A：可以的，您说一下，我们记录后会提交给风控部门，也建议您向当地公安机关或96110举报。
B：{phone}。
A：已经记录，谢谢您的提醒。`,
    `坐席：您好，我是{lender}汽车金融的客户经理，请问是车主{name}先生吗？
车主：是的。
坐席：您名下车牌{plate}的车贷，本月{date}的月供{amount}元还没有扣款成功，请问是还款卡换了吗？
车主：对，之前那张卡挂失了，新卡还没绑定。
坐席：明白了。您在我们的官方App“我的合同”里面可以更换还款卡，上传新卡后，我们下一个工作日会重新发起扣款。
车主：会不会说我逾期要收车啊？
坐席：不会的，您这个只是几天，补扣成功就行，会有一点点罚息。收车那是长期不还、多次沟通无果才会走法律程序，您完全不用担心。
车主：那我今晚弄一下。
坐席：好的。另外提醒您，如果有人打电话说要您付“解押费”“过户保证金”之类的，都不是我们，我们所有费用都在合同里写明了。
车主：好，谢谢。
坐席：不客气，再见。`,
    `職員：喂，你好，請問係咪{name}小姐？呢度係{lender}打嚟㗎。
客人：係呀。
職員：唔好意思打擾你，提提你你嘅私人貸款今個月嗰期{amount}蚊，到期日係{date}，我哋暫時未收到還款喎。
客人：係喎，我出糧遲咗，下個禮拜一得唔得？
職員：可以嘅，我幫你記低。你可以用網上銀行轉去我哋公司嘅還款戶口，戶口號碼喺你份貸款合約同埋月結單都有，或者直接嚟我哋分行找數。
客人：我上次收到個短訊話係你哋，叫我撳條連結更新資料，係咪你哋發㗎？
職員：唔係喎，我哋唔會用短訊叫你撳連結更新個人資料。有懷疑可以直接打我哋熱線，或者報警。
客人：明白。咁下禮拜一我過數。如果我之後想提早還晒，使唔使俾罰款？
職員：提早還款嘅安排喺合約條款有寫，你可以打熱線或者嚟分行，同事會幫你計清楚，唔會突然要你俾咩手續費。
客人：好，唔該。
職員：唔該晒，拜拜。`,
  ],
  otp: [
    `【{app}客服 对话】
用户：你好，我换了新手机，登录的时候一直收不到验证码，点了五六次了。
客服小助手：您好，非常抱歉给您带来不便。请问您收不到的是短信验证码吗？手机号是不是本人实名的那个？
用户：是的，号码没换。
客服小助手：好的。建议您先检查一下手机里的短信拦截或者“骚扰信息”文件夹，新手机有时候会把验证码短信误拦截。另外如果短时间内获取次数太多，系统会限制一段时间，您可以过{n}分钟后再试。
用户：找到了！真的在拦截里。
客服小助手：太好了。再提醒您一下，验证码仅用于您本人登录，任何人包括我们客服都不会向您索要，请不要告诉任何人。
用户：知道了。前几天有个人说是你们客服，说我账户异常让我报验证码，我没给。
客服小助手：您做得非常对，那是诈骗。如需帮助请只通过App内的官方客服联系我们。还有其他问题吗？
用户：没了，谢谢。`,
    `用户：喂，你好，我刚才突然收到一条{app}的验证码短信，可我根本没操作啊，是不是被盗了？
客服：您好，先别着急。您收到验证码，说明有人在登录页面输入了您的手机号，但是没有验证码他是登不进去的。您没有把验证码告诉别人吧？
用户：没有，还没人问我要。
客服：那就好。这串数字您直接删掉就行，不管谁打电话或者发消息跟您要，都不要给，包括自称客服的人。
用户：那我要不要改密码？
客服：建议改一下。您在App里进入“设置—账号与安全”修改登录密码，顺便开启登录保护，以后新设备登录都会提醒您。
用户：好的。我看到登录记录里好像有个外地的设备。
客服：那您直接在登录设备管理里把那个设备移除。我这边也帮您给账户加一个临时的安全标记，之后{days}天内异地登录都会二次验证。
用户：那太好了，谢谢你。
客服：不客气，有问题随时联系我们。`,
    `A: 你好，我在用{bank}手机银行转账，要输短信验证码，但是一直收不到，急着付房租。
B: 您好，我这边是{bank}客服。请问您现在手机信号怎么样？是在国内吗？
A: 在国内，信号满格。
B: 好的，我这边看到系统已经发送了，可能是运营商那边延迟。您可以稍等一两分钟，或者在转账页面选择使用“手机盾”或者“人脸识别”验证，也是可以的。
A: 那你能不能直接告诉我验证码，或者你帮我转？
B: 抱歉，验证码只会发到您本人手机上，我们客服看不到，也不会替您操作转账。同样，我们也不会问您要验证码。
A: 哦，那我试试人脸。……可以了，转过去了。
B: 好的，转账成功就好。如果以后还经常收不到，建议您联系{operator}检查一下是否开通了短信拦截业务。
A: 好，谢谢。
B: 不客气，祝您生活愉快。`,
    `客服：您好，{operator}客服專線，很高興為您服務。
用戶：你好，我這兩天都收不到簡訊，像是網購的驗證碼、銀行的通知都收不到，可是打電話是正常的。
客服：了解，請問是這個門號嗎？麻烦提供一下證件末四碼做身分核對。
用戶：{d4}。
客服：謝謝。我這邊查到您的門號有開通「企業簡訊阻擋」的功能，可能是之前不小心設定的，這會把一些系統發送的簡訊擋掉。
用戶：原來如此，我都不知道。
客服：我現在幫您關閉，大概十分鐘內生效，之後您再重新申請驗證碼試試看。
用戶：好的，謝謝。
客服：另外提醒您，驗證碼請不要提供給任何人，就算對方說是電信公司或銀行也一樣，我們不會打電話跟您要。
用戶：了解。
客服：還有其他需要服務的地方嗎？
用戶：沒有了，謝謝。
客服：另外如果之後還是收不到，您可以到門市換一張新的SIM卡，帶身分證就可以，免費更換。
用戶：好的。
客服：感謝您的來電，再見。`,
    `玩家：你好，我的{game}账号绑定的手机号不用了，现在换绑收不到验证码，怎么办？
客服：您好，感谢您的耐心。旧手机号已经停用的话，可以走“账号申诉”流程，我们会通过您提供的账号信息来核实身份，比如注册时间、首次充值金额、常用登录地区这些。
玩家：那我要把新手机的验证码发给你吗？
客服：不需要，也请不要把任何验证码发给他人，包括我们。申诉提交以后系统会直接发验证码到您填写的新号码，您自己在页面里输入就行。
玩家：好。还有，之前有个玩家说能帮我找回，要我把验证码给他，还要收{small}元。
客服：那是骗子，官方申诉是免费的。请不要相信第三方“代找回”的服务，账号一旦交出去很可能被转卖。
玩家：明白。申诉大概多久？
客服：一般{days}个工作日内会有结果，通过邮件和站内信通知您。
玩家：好，谢谢。`,
    `{name}（女儿）：妈，刚才你打电话说收到一串数字，是什么？
妈妈：就是短信，说是什么验证码，然后又有个男的打电话来，说他是你们单位的，说不小心填错了我的号码，让我把数字念给他听。
{name}（女儿）：你念了没有？
妈妈：我还没念，我说我先问问我闺女。
{name}（女儿）：太好了妈，千万别念！那个就是骗子，验证码是别人拿你的手机号去注册或者登录的，你一说他就能进你的账户了。
妈妈：哎哟，这么厉害。那他说还会再打来。
{name}（女儿）：再打来你就直接挂，不用跟他说话。以后谁跟你要验证码都是骗子，银行、公安、快递都不会要的。
妈妈：那我现在要干嘛？
{name}（女儿）：你什么都不用干，那条短信删了就行。周末我回家帮你把手机装个国家反诈中心App，再把陌生来电拦截打开。
妈妈：好好，还是问你放心。`,
    `您好 这里是{operator}客服 请问有什么可以帮您 嗯 你好 就是那个 我这个号啊 最近收验证码特别慢 有时候要等好几分钟 然后就过期了 嗯 先生您别急 我帮您看一下 请问是本机号码吗 对对对 就这个号 好的 我这边看到您的号码状态正常 没有欠费 然后也没有开通拦截业务 那可能是 嗯 您所在的那个位置信号不太好 您是在地下室或者电梯里吗 啊 我在仓库上班 信号是不太好 嗯 那就是这个原因 您可以试试打开手机的WiFi通话 或者到信号好一点的地方再获取 嗯 好 那个 我再问一下 上次有人给我打电话说是你们的 说我的卡要停了 让我报验证码 那个是你们吗 不是的先生 我们运营商不会打电话要您的验证码 那个是诈骗 您没给吧 没给没给 好的 那就好 还有别的问题吗 没了 谢谢啊 不客气 再见`,
    `客人：喂，你好，我用{app}電子錢包想增值，但係一直收唔到個一次性密碼。
客服：你好，多謝你嘅來電。請問你登記嘅電話號碼係咪本地號碼？而家喺香港定外地？
客人：本地號碼，我而家喺深圳公幹。
客服：明白，如果你喺外地，可能要開咗漫遊先收到短訊。你可以睇吓電話設定，或者打俾你嘅電訊商開通。
客人：咁你可唔可以直接話我知個密碼？
客服：唔好意思，一次性密碼係系統直接發去你部電話，我哋職員睇唔到，亦都唔會問你攞。任何人同你攞都唔好俾。
客人：好，我開咗漫遊再試。仲有，我上個月收過個短訊話我個錢包被凍結，叫我撳連結，係咪你哋？
客服：唔係，我哋唔會用短訊連結叫你登入。你只需要用官方App就得。
客人：明白。咁我開咗漫遊之後，要唔要再做啲咩？
客服：唔使，你重新撳「發送驗證碼」就得，如果十分鐘內都收唔到，可以喺App入面轉用電郵驗證。
客人：好，唔該晒。`,
  ],
  delivery: [
    `快递员：喂，你好，是{name}吗？我是{courier}的快递员，你有个件在我这，尾号{d4}的。
收件人：哦对，是我的。
快递员：我现在在你们小区门口，你家里有人吗？
收件人：我在上班呢，家里没人。
快递员：那我给你放{station}行吗？就在小区东门那个驿站，你下班去拿就行，到时候会有取件码短信发给你。
收件人：可以可以。是个什么东西啊，大不大？
快递员：不大，一个小箱子，{shop}的。
收件人：那行，放驿站吧。对了，不用我付钱吧？
快递员：不用，运费卖家付过了，是包邮的件。
收件人：好的，谢谢啊师傅。
快递员：没事，取件码是{pick}，你收到短信核对一下就行。驿站晚上九点关门，你下班早点去。
收件人：好嘞。最近老有短信说我快递异常要点链接，是不是你们发的？
快递员：不是我们，我们就发取件码，别的链接别点。拜拜。`,
    `客服：您好，{courier}上门取件服务，请问是{name}先生吗？您在小程序上预约了今天下午的上门取件。
用户：对，我要寄一箱衣服回老家。
客服：好的，我们的小哥大概下午三点到四点之间上门，到时候他会先给您打电话。请问寄到哪个城市？
用户：{city}。
客服：那运费大概是按重量算，首重十几块，具体以小哥现场称重为准，您可以在小程序里直接付款，不用付现金。
用户：好。需要我自己准备箱子吗？
客服：您有箱子最好，没有的话小哥会带包装袋，纸箱要另外收几块钱，下单页面都写了价格。
用户：行。那个，衣服里有个充电宝能寄吗？
客服：充电宝属于限寄物品，建议您取出来。其他衣物都没问题。
用户：好的，我拿出来。
用户：那寄到以后能查物流吗？
客服：可以的，取件后运单号会自动显示在小程序里，您和收件人都能查看。那下午请保持电话畅通，祝您寄件顺利。`,
    `买家：你好，我在{shop}买的一个花瓶，收到的时候碎了，外箱也压扁了。
平台客服：您好亲，非常抱歉给您带来不好的体验。请问您有拍照吗？
买家：拍了，拆箱视频也有。
平台客服：好的，请您在订单页面点击“申请售后”，选择“商品破损”，上传照片和视频，我们会在{hours}小时内处理。
买家：是退款还是补发？
平台客服：两种都可以选，您可以在申请里勾选。如果是退款，款项会原路退回到您付款的账户，不需要您提供银行卡号，也不需要额外操作。
买家：好。还有就是我今天接到个电话，说是快递公司理赔中心的，说我的件丢了要给我三倍赔偿，让我下载个软件。
平台客服：亲，这个一定要警惕，平台和快递公司理赔都在订单页面处理，不会让您下载其他软件，更不会让您开共享屏幕或者提供验证码，请您直接挂断。
买家：还好我没理他。那我现在去申请。
平台客服：好的，有进度会消息通知您，感谢您的理解。`,
    `用户：喂，是{courier}客服吗？我想核实一下，刚才有人打电话说我的快递在运输中丢了，要给我理赔{amount}元。
客服：您好，请问您的运单号是多少？
用户：{d12}。
客服：好的，我这边查询到您这个包裹目前状态正常，已经到达{city}转运中心，预计明天派送，没有丢失记录。
用户：那那个电话是怎么回事？他说得挺详细的，连我买的什么都知道。
客服：可能是您的订单信息被泄露了。我们公司如果真需要理赔，会通过官方App或者寄件平台的订单页面处理，不会要求您添加个人微信、扫码进群或者提供银行卡和验证码。
用户：他确实让我加个微信，说要走理赔流程。
客服：那就是冒充我们的诈骗电话，请您不要添加，也不要按他的指示操作。如果已经提供了信息，建议尽快联系银行并报警。
用户：我还没加。那我等明天收件就行了是吧？
客服：是的，派件员会联系您。也可以在App里实时查看物流。
用户：好，谢谢你。`,
    `喂 您好 那个 是{name}吗 我送快递的 啊 对 什么快递 就是那个{courier} 你有两个件 一个大的一个小的 嗯 你现在在家吗 我在家 几楼来着 六楼 那个 你们楼没电梯吧 没有 哎呀 那个大的挺沉的 你能下来帮忙拿一下吗 行行行 我下来 你到哪了 我就在你们楼下 那个红色的三轮车 嗯 好 马上 啊对了 那个小件是到付的 到付 多少钱啊 十二块 单子上写的 哦那是我寄给我自己的东西 我知道 到时候我扫码给你 你那个快递单上有码吗 有 单子上有公司的收款码 你扫那个就行 好 我下来了 嗯 好嘞 （楼下）师傅 这俩是吧 对 这个大的你抱着 小的我给你拿 码在这儿 扫了 行 付了 显示{courier}对吧 对对对 好 谢谢师傅 辛苦啊 不客气 拜拜`,
    `店員：您好，這裡是{station}，請問是{name}小姐嗎？
顧客：是，怎麼了？
店員：您有一件網購包裹寄到我們門市三天了，系統顯示還沒取件，想提醒您一下，包裹在店裡會保留七天，超過期限就會退回給賣家。
顧客：喔對，我最近出差，下禮拜一回去可以嗎？
店員：下禮拜一剛好是最後一天，您當天晚上十點前來取都可以。記得帶手機裡的取貨簡訊或證件，取件時報電話後三碼就好。
顧客：這個是貨到付款的嗎？
店員：不是，這件已經付過款了，直接拿就好。
顧客：好，謝謝。還有，我昨天收到一個簡訊說我包裹地址有問題，要我點連結補運費，是你們嗎？
店員：不是喔，我們門市不會發那種連結，補運費這種事情我們都不會用簡訊通知，建議直接刪掉。
顧客：好的，謝謝提醒。那如果我下禮拜一真的趕不回去，可以請家人幫我拿嗎？
店員：可以，請家人帶您的取貨簡訊截圖和他自己的證件就可以。
顧客：好，謝謝。`,
    `骑手：喂，您好，您点的{app}外卖到了，我在你们公司大楼门口，保安不让进。
顾客：啊好的，我马上下去。
骑手：您大概几分钟？我后面还有两单。
顾客：两分钟，我在十二楼，坐电梯下来。
骑手：行，我就在旋转门左边，蓝色衣服。
顾客：好的好的。
（两分钟后）
顾客：师傅是我，尾号{d4}。
骑手：对，您的，两个饭一个汤，汤我给你单独套了个袋子，别洒了。
顾客：谢谢师傅，辛苦了。刚才点单的时候显示会超时，没事吧？
骑手：超时了一点点，不好意思，前面那个商家出餐慢。平台会给您自动发一张小额红包券，在App里就能看到，不用您操作。
顾客：没事没事，您慢点骑。
骑手：好嘞，麻烦给个好评，谢谢啊。
顾客：一定一定。对了，刚才有个电话说是外卖平台的，说我的会员要扣年费，是你们吗？
骑手：那我不知道，不过平台有事都是App里通知，你在App里看一下就行，别听电话里的。
顾客：好，谢谢。`,
    `客服：您好，这里是{courier}国际件清关服务，请问是{name}女士吗？您有一个从日本寄来的包裹，运单号尾号{d4}，目前在海关监管仓。
客户：是的，我在网上买的化妆品。
客服：根据海关跨境电商的规定，需要收件人做一下实名认证，请您打开{courier}官方App，在“我的包裹”里找到这一单，点“身份认证”上传身份证信息就行。
客户：要付税吗？
客服：我看您这单是跨境平台下的单，税费在下单的时候已经一起支付了，所以不需要另外交钱。如果是个人物品超额需要补税，也只会在官方App或者海关的系统里缴纳，不会让您转账给个人。
客户：好，那我现在就去认证。
客服：好的，认证完成后一般一到两天放行，之后安排派送。
客户：我能不能直接把身份证号告诉你？
客服：为了您的信息安全，请在App里自己上传，电话里我们不收集。
客户：明白，谢谢。`,
  ],
  appointment: [
    `护士：您好，这里是{hospital}{dept}，请问是{name}吗？
患者：是的。
护士：您在我们医院公众号上预约了{date}上午九点半的专家门诊，{surname}主任的号，打电话跟您确认一下能不能按时来。
患者：能来的。需要空腹吗？
护士：如果您要顺便抽血查肝功能的话，建议空腹，早上不要吃东西，可以喝点白水。另外请带上身份证、医保卡，还有之前在其他医院做的检查报告。
患者：好的。挂号费已经交了吧？
护士：对，您预约的时候在公众号已经支付了，到了直接在一楼自助机上签到就行，不用再交挂号费。检查费用到时候医生开单后在自助机或者窗口缴费。
患者：明白。如果我那天来不了呢？
护士：请您至少提前一天在公众号里取消，不然会记一次爽约。
患者：好的，谢谢护士。
护士：不客气，祝您早日康复。`,
    `left: 你好，是{salon}吗？我之前约了明天下午两点烫头发，想改个时间。
right: 您好，请问您贵姓？
left: 我姓{surname}，手机尾号{d4}。
right: 找到了{surname}小姐，约的是Tony老师的烫发套餐。您想改到什么时候呢？
left: 周六上午可以吗？
right: 周六上午Tony老师十点有空，十一点以后就满了，十点可以吗？
left: 可以。我之前充的那个会员卡里的钱还够吧？
right: 够的，卡里还有{amount}元，烫发套餐会员价是{small}元，到店直接刷卡就行。
left: 好的。对了，你们上周是不是给我打电话说会员卡要升级，要先充值？
right: 我们没有这个活动哦，会员卡不需要升级，最近好像有人冒充商家打电话，您不要理会，有事直接打店里这个座机。
left: 好的，那就周六十点见。
right: 好的，周六见。`,
    `顾问：您好，{name}先生吗？我是{car}4S店的服务顾问小{surname}，您的车车牌{plate}，按系统记录已经快到一万公里保养了，想跟您约一下保养时间。
车主：哦，是快到了，现在多少公里我也没注意。
顾问：上次保养是半年前，按您的用车习惯应该差不多了。这次是小保养，换机油机滤，大概一个小时，费用在{amount}元左右，到店后会先出报价单您确认再做。
车主：那这周六可以吗？
顾问：周六上午九点和下午两点都有位置，您看哪个方便？
车主：上午九点吧。
顾问：好的，给您约好了，到时候直接开到售后接待区，报车牌就行。周六人比较多，建议提前十分钟到。
车主：要不要先交定金？
顾问：不需要的，保养做完结账就行，可以刷卡或者扫店里的收款码。
车主：好，那周六见。
顾问：好的，到时候见。`,
    `班主任：喂，您好，是{name}的家长吗？我是{school}三年级二班的班主任{surname}老师。
家长：是的{surname}老师，您好您好。
班主任：是这样的，学校定在{date}下午三点开家长会，在我们教室，想确认一下您能不能来。
家长：能来，我请个假。是孩子在学校有什么情况吗？
班主任：没有没有，孩子挺好的，这次是期中考试后的常规家长会，主要讲一下下半学期的安排，还有暑期安全教育。
家长：好的。需要带什么吗？
班主任：带支笔就行，到时候会发一张安全承诺书，家长现场签字。另外提醒一下，最近有家长收到冒充老师的信息，说要交什么资料费、让扫码进群，学校所有收费都通过学校统一的缴费平台，老师个人不会收钱。
家长：明白，我们群里也有人说了。
班主任：对，有疑问直接打我电话核实。那{date}见。
家长：好的，谢谢老师。`,
    `櫃台：您好，這裡是{clinic}牙醫診所，請問是{name}先生嗎？
病人：對，我是。
櫃台：跟您確認一下，您明天下午四點有預約洗牙，還有醫師說要看一下左下那顆補過的牙。
病人：喔對，差點忘了。要帶什麼嗎？
櫃台：帶健保卡就可以了，洗牙半年一次有健保給付，如果醫師判斷要重新補牙，部分材料是自費的，醫師會先跟您說明再做。
病人：好。那大概會多久？
櫃台：洗牙大概三十分鐘，如果要補牙可能再多半小時。
病人：好，那我明天準時到。
櫃台：好的，如果臨時不能來，請提前打電話給我們改時間，謝謝。
病人：好。對了，我上次的收據好像要報保險，可以補印嗎？
櫃台：可以，明天來的時候跟櫃台說一聲，我們幫您印診斷證明和收據，診斷證明有小額工本費，現場付就好。
病人：好，謝謝。`,
    `職員：喂，你好，呢度係{clinic}診所，請問係咪{name}小姐？
病人：係呀，邊位？
職員：我哋打嚟提提你，聽日朝早十點半你約咗{surname}醫生睇返個報告。
病人：係喎，我記得。需要空肚嗎？
職員：唔使，今次淨係睇報告同埋傾下跟進，唔使抽血。記得帶埋身份證同埋之前嘅藥袋，醫生想睇下你食緊咩藥。
病人：好呀。睇醫生要幾錢？
職員：診金同上次一樣，到時喺診所俾就得，現金、八達通同信用卡都收。
病人：明白。如果我想轉去下晝呢？
職員：下晝三點有位，你想轉嘅話我而家幫你改。
病人：唔使喇，朝早得。
職員：好，咁聽日見。另外提提你，如果收到話係我哋診所嘅短訊叫你撳連結付款，唔好理，我哋唔會咁收錢。
病人：明白，唔該你。
職員：拜拜。`,
    `宠物医院：喂您好，这里是{city}爱宠动物医院，请问是豆豆的主人{name}吗？
主人：是我，怎么了？
宠物医院：豆豆的第二针疫苗时间到了，按照上次的记录，应该是这周打，想跟您约个时间。
主人：哦对对，医生说三周以后。这周六可以吗？
宠物医院：周六上午比较忙，下午两点以后比较空，您看可以吗？
主人：可以，下午三点吧。
宠物医院：好的。来之前不要给它洗澡，最近有没有拉肚子、咳嗽什么的？
主人：没有，挺精神的。
宠物医院：那就好，打针当天也别洗澡。疫苗费用和上次一样，到店结账。记得带上疫苗本。
主人：好的，周六下午三点见。
主人：对了，上次你们说要办个会员卡打折，是不是要先充值啊？
宠物医院：会员卡是自愿的，不办也可以正常看病，您到店再考虑就行，我们不会电话里让您付款。
主人：好的，那周六见。
宠物医院：好的，再见。`,
    `体检中心：您好，请问是{name}女士吗？这边是{hospital}健康管理中心，您单位安排的年度体检，预约在{date}早上八点。
客户：对，我们公司发的通知。
体检中心：跟您确认几个注意事项：体检前一天晚上八点以后不要吃东西，清淡饮食，不要喝酒。当天早上空腹，带身份证到二楼前台登记。
客户：好的。要交什么钱吗？
体检中心：您的套餐是单位统一结算的，您个人不需要付费。如果您想现场加项目，比如甲状腺彩超，可以自费加，在前台收费处付。
客户：明白。报告什么时候出？
体检中心：一般七个工作日，可以在我们医院公众号里查看电子报告，也可以到前台领纸质版。
客户：好的。我前两天收到一个短信说体检报告有异常要点链接查看，是你们发的吗？
体检中心：不是的，我们的报告只在医院公众号和前台出，不会发陌生链接，请您不要点。
客户：好，谢谢。`,
  ],
  marketing: [
    `销售：您好，我是{operator}的客户经理，看到您家宽带是一百兆的，现在有个升级活动，升到千兆每个月只多十块钱，还送一个路由器，您有兴趣了解一下吗？
用户：不用了，我家里就两个人，网速够用。
销售：千兆的话看视频打游戏都特别流畅，而且这个活动月底就结束了。
用户：真的不需要，我们平时也就刷刷手机。
销售：那要不要考虑一下加一张副卡？家人共享流量，每月才几块钱。
用户：也不用了，谢谢。
销售：好的，那不打扰您了。如果以后有需要，可以在我们营业厅或者官方App里办理，所有业务都是需要您本人确认才会生效的。
用户：好，知道了。
销售：另外提醒您一下，最近有人冒充我们说要给您降资费、退话费，让您提供验证码，那都不是我们，您注意一下。
用户：好的，谢谢。
销售：祝您生活愉快，再见。`,
    `坐席：您好，{name}先生，我是{company}保险的，耽误您一分钟，最近我们推出了一款百万医疗险，一年保费才几百块，住院都能报销，您了解一下吗？
用户：我公司有买医保和补充医疗了。
坐席：理解的，公司的补充医疗一般额度不高，百万医疗正好可以补充大病。而且您现在年纪轻，费率很低。
用户：谢谢，不过我暂时不考虑。
坐席：那我给您发一个我们官方的产品介绍，您有空看看？
用户：不用发了，我真的不需要。还有你们是怎么拿到我电话的？
坐席：这是系统随机外呼的，如果您不希望再接到我们的电话，我这边可以帮您登记，以后不再联系。
用户：那就登记一下吧。
坐席：好的，已经为您登记，以后不会再收到我们的推销电话。另外您公司的补充医疗如果有理赔问题，直接找您公司对接的保险公司官方客服就行。打扰您了，祝您生活愉快。
用户：好，再见。`,
    `销售：哈喽您好，是{name}吗？我是{gym}健身中心的会籍顾问，您之前在我们门口扫码领过一节体验课，一直没来上呢。
用户：哦，是有这回事，最近比较忙。
销售：没关系，体验课还有效。这个月我们年卡搞活动，原价三千多，现在{amount}，还送十节私教课，挺划算的。
用户：我先不办了，我家附近也有健身房。
销售：那您可以先来体验一下，对比一下嘛，我们器械都是新的，还有游泳池。
用户：真的不用了，我最近主要在家跑步。
销售：好的，那不勉强。您的体验课我给您保留到月底，想来的话提前一天打电话预约。
用户：好，谢谢。
用户：好的。对了，如果我以后办了，可以分期付吗？
销售：可以的，到店签合同的时候选分期，会有书面的合同和收据，不会让您转账到个人账户。
用户：明白，到时候再说吧。
销售：不客气，拜拜。`,
    `中介：喂您好，{surname}先生是吧？我是{city}链家的置业顾问，您之前在我们App上看过一个小区的二手房，最近这个小区有几套新上的房源，价格挺合适的，您还在看房吗？
用户：暂时不看了，我们决定明年再说。
中介：明年可能价格就不是这样了，现在是买方市场，议价空间挺大的。而且现在首付比例降低，贷款利率也低。
用户：我知道，但是家里还没商量好，也没那么多首付。
中介：理解理解，那我可以帮您算一下贷款月供，您参考参考。
用户：谢谢，不用了，等我们准备好了会联系你们的。
中介：好的，那您有需要随时找我，我加您微信可以吗？
用户：不用了，我有需要在App上找就行。
中介：好的好的。另外提醒您一下，如果有人说能帮您办低息的“过桥贷款”凑首付，要先交服务费，千万别信。打扰了，再见。`,
    `课程顾问：家长您好，我是{company}教育的课程顾问，您家孩子是不是在上小学？我们现在有一个少儿编程的免费试听课，这个周末在您附近的校区。
家长：孩子才二年级，我们周末已经有钢琴和游泳了。
课程顾问：编程是现在很重要的能力，对逻辑思维特别有帮助，我们的课是小班制的。
家长：谢谢，但孩子时间排不开了，我们不想再加课了。
课程顾问：那试听一下也不收费的，不满意也没关系。
家长：真的不用了，谢谢你。
课程顾问：好的，那我就不打扰了。如果以后有需要，您可以关注我们的公众号。
家长：好的。你们是怎么知道我孩子上小学的？
课程顾问：可能您之前在商场活动填过登记表。如果您不希望再接到电话，我这边可以帮您删除登记信息。
家长：那麻烦删一下吧，谢谢。
课程顾问：好的，已经为您删除，以后不会再打扰您。祝您和孩子一切顺利。
家长：好，再见。`,
    `坐席：您好，请问是{name}女士吗？我是{bank}信用卡中心的，看到您上个月有一笔{amount}元的消费，现在可以办理账单分期，每期手续费率比较优惠，想给您介绍一下。
用户：不用了，我这个月能全额还。
坐席：好的，那还有一个现金分期的额度，可以直接放款到您的借记卡，用于装修、旅游都可以。
用户：我暂时不需要借钱，谢谢。
坐席：明白，那我就不打扰了。如果以后有需要，您可以在{bank}App里自助办理，分期费用在办理页面会有明确提示，我们不会收取任何额外的费用。
用户：好的，你们这个电话是官方的吧？
坐席：是的，您可以挂断后拨打卡背面的{bankno}核实。
用户：好。那我卡片的还款日能不能改一下？
坐席：可以的，您在App的信用卡设置里有修改账单日的功能，每年可以修改一次，不收费。
用户：好的，再见。`,
    `客服：您好，這裡是{operator}，看到您的門號合約下個月就要到期了，現在續約有優惠，月租降一百元還可以加購新手機，想跟您介紹一下。
用戶：喔，我目前用的手機還很好，暫時不想換。
客服：沒關係，不換手機也可以單純續約，一樣享有月租折扣，網路吃到飽。
用戶：我想說到期之後再看看其他家的方案。
客服：了解，那合約到期後您的門號會自動轉成原價月租，不會斷線，您有空可以到門市或官網比較方案。
用戶：好，那我再想想。
客服：好的，如果需要續約，也可以直接在官方App操作，或者到門市辦理，都需要您本人確認。
用戶：那如果我要攜碼到別家，需要付什麼違約金嗎？
客服：合約到期後攜出不會有違約金，您的合約到期日在帳單上都有寫。
用戶：好，謝謝。
客服：謝謝您的接聽，再見。`,
    `理财经理：{surname}阿姨您好，我是{bank}支行的理财经理小{surname}，您上个月有一笔定期到期了，现在我们有一款{fund}，近一年收益还不错，想跟您介绍一下。
客户：基金啊，亏了怎么办？
理财经理：基金确实有风险，不保本的，收益也不能保证，这个我一定要跟您说清楚。您之前的风险测评是保守型，按规定我们其实更推荐您继续做定期存款或者大额存单。
客户：那我还是存定期吧，我这是养老钱。
理财经理：好的阿姨，那您方便的时候带身份证来网点，或者在手机银行里直接续存也行。
客户：我手机不太会弄，还是来网点吧。
理财经理：好的，您来之前给我打个电话，我提前帮您取个号。另外提醒您，最近有人在群里推荐什么高收益投资、导师带单，您千万别信，真正的理财都在银行柜台或者官方App里买。
客户：我知道，我不加那些群。谢谢你啊。`,
  ],
  personal: [
    `儿子：妈，下学期学费学校通知了，要交{amount}，宿舍费另算。
妈妈：这么多啊，上学期不是才几千吗？
儿子：上学期有助学金抵了一部分，这学期要交全额。学校缴费是在学校官网的缴费平台交，我把通知截图给你看。
妈妈：你周末不是回来吗？回来我们一起看，当面弄，我不放心在电话里。
儿子：行，那我周六回去。
妈妈：还有啊，前几天有人给我打电话，说是你学校辅导员，说你住院了要交钱，吓死我了。
儿子：啊？我好好的啊。
妈妈：我当时就给你打视频，看你在宿舍打游戏，就知道是骗子了。
儿子：哈哈，你做得对。以后有这种事先打我电话。
妈妈：知道。周六回来想吃什么？
儿子：红烧肉！
妈妈：好，周六给你做。学费的事回来再说，你爸说钱已经准备好了，到时候你在平台上点，我们看着一起交。
儿子：好的妈，爱你。`,
    `姐姐：{name}，你上次说买房首付还差一点，差多少啊？
弟弟：差不多{amount}吧，我和小雨算了一下，公积金贷款额度不太够。
姐姐：我这边有一笔定期下个月到期，可以先借你，你不用急着还。
弟弟：姐，那太谢谢你了。我们打个借条吧，亲兄弟明算账。
姐姐：不用那么正式吧。
弟弟：还是写一下，免得以后妈问起来说不清。我每个月还你一部分，三年左右能还完。
姐姐：行吧，那你自己看着办。到时候我直接转到你自己的卡上，你跟小雨商量好。
弟弟：好。周末我们过去吃饭，顺便把借条带过去。
姐姐：好，带上孩子来，妈也念叨好久了。对了，这事你跟妈说了没有？
弟弟：还没，想等签了合同再说。
姐姐：也行。还有，要是哪天有人用我的微信找你借钱，你先打个电话给我，现在骗子老盗号。
弟弟：知道，我们之间借钱都打电话说。`,
    `A：喂？哪位？
B：老{surname}，是我啊，{name}！我换号码了，原来那个号不用了。
A：哎哟，你小子，我还以为是骗子呢，最近好多冒充熟人的。
B：哈哈，我理解，所以我直接打电话给你，你听听是不是我的声音。
A：是你是你，这破锣嗓子没错。怎么换号了？
B：换工作了，公司给配了新号，旧的那个太多推销电话了。
A：行，我存一下。最近怎么样？
B：还行，下周我回{city}出差，要不要聚一下？
A：好啊，叫上老张他们，吃个火锅。
B：那我周三晚上到，周四晚上你看行不行？
A：行，我来订位置。对了，你这个号码微信也绑了吗？
B：绑了，我刚加你了，你通过一下，名字还是原来那个。
A：好，看到了。那周四见。对了，你那个旧号码要是被别人注销了又放出来，有人用它联系我们，我们可就不认了啊。
B：对，旧号码就当没了，以后认这个。有事都打电话。
A：行，周四见。`,
    `【家族群 聊天记录】
大伯：今天上午收到短信，说我中了一个什么购物节的大奖，奖品是一台电脑，要我先交个手续费才能寄出来。
小{surname}：大伯千万别交！这是骗子，中奖要先交钱的都是诈骗。
堂姐：对的，而且你都没参加过什么活动，怎么会中奖。
大伯：我也觉得奇怪，就没理他。
小{surname}：大伯做得对！链接也别点。
二姑：我上周也接到一个电话，说我社保卡要冻结，让我按1转人工，我直接挂了。
堂姐：现在骗子太多了，爸妈们有什么事先在群里问一下。
小{surname}：我给大家都装一下国家反诈中心App吧，过年回去帮你们弄。
大伯：好，你们年轻人懂得多。
二姑：过年回来都来我家吃饭啊！
堂姐：好嘞二姑！大伯，那个短信你截个图发群里，我帮你举报一下。
大伯：发了，你看看。
小{surname}：看到了，链接一看就是假的网站，删了吧。`,
    `老婆 你看那个{fund}啊 最近涨得挺多的 我想拿点钱买一点 嗯 你想买多少 就 那个年终奖嘛 拿一半出来 一半 会不会有点多啊 你之前不是说股市不好吗 嗯 这个是基金 比股票稳一点 我在我们那个银行App上看的 不是别人推荐的吧 不是不是 我自己看的 哎呀我就怕你被那些群里的导师忽悠 没有 我又不进那些群 那这样吧 先拿三分之一 亏了也不心疼 嗯 也行 那剩下的存定期 对 还有孩子明年上学要用钱 嗯对 那我就先买一点 你自己在App里买啊 别听别人的 知道知道 还有啊 你别借钱买 也别用信用卡 对对对 就用闲钱 嗯 那个 妈那边要是问起来 就说存定期了 哈哈 行 你看着办 反正亏了你自己少抽两包烟 好好好 听老婆的`,
    `阿杰：{name}，上个月借你的那{amount}我这周发工资了，今晚转给你。
{name}：哎不急不急，你手头够用吗？
阿杰：够了，这个月加班多，多发了点。太感谢你了，要不是你那时候借我，房租都交不上。
{name}：嗨，朋友之间说这些干嘛。
阿杰：还是要说谢谢的。我转到你原来那张卡上可以吗？
{name}：可以，还是那张。
阿杰：好，到时候截图给你。顺便周末请你吃饭，烤肉怎么样？
{name}：行啊，我叫上小美？
阿杰：当然，一起来。
{name}：对了，你最近小心点，我看新闻说有人盗了微信号然后冒充本人借钱，你要是哪天给我发消息借钱，我得先打电话问你。
阿杰：哈哈，必须的，我也一样。
阿杰：转了，你看看到账没有。
{name}：到了，收到啦。周六烤肉见！`,
    `媽媽：喂，阿仔，食咗飯未呀？
兒子：食咗喇，媽。咩事呀？
媽媽：頭先有個電話，話係你公司同事，話你出咗事要入院，叫我過數。我即刻收線打俾你。
兒子：吓？我好地地喺公司返緊工喎，你冇過數吖嘛？
媽媽：冇呀，我諗住先問你。
兒子：好彩。以後有人咁講你就打俾我，或者打俾家姐，唔好過數俾任何人。
媽媽：知道喇。你下個月學費夠唔夠？你細妹話要交書簿費。
兒子：我夠呀，細妹嗰份你直接喺學校網站交就得，唔好俾佢過數俾人。
媽媽：好，咁禮拜日你返唔返嚟飲茶？
兒子：返，我約埋家姐。
媽媽：好，咁禮拜日見。你記得叫家姐帶埋個孫嚟。
兒子：知道喇。仲有，你部電話我幫你裝咗防騙App，陌生電話會有提示，你見到就唔好聽。
媽媽：好，拜拜。`,
    `小婷：室友們，這個月房租要繳了，房東說一樣是{amount}元，平均一人要分多少？
阿凱：三個人的話一個人大概三分之一，電費另外算。
小婷：電費帳單我拍照放群組了，這期比較多，冷氣開太兇了哈哈。
阿凱：我先匯給房東好了，你們再轉給我，比較方便。
佩佩：好啊，我晚上轉給你。房東的帳戶還是之前那個嗎？
阿凱：對，合約上寫的那個，沒變。
佩佩：欸對了，我昨天收到一個簡訊說我中了什麼電費優惠退款，要點連結輸入信用卡，我直接刪了。
小婷：那種一定是詐騙啦，台電不會這樣通知。
阿凱：好了好了，大家記得今天晚上之前轉給我。
佩佩：收到！那下個月開始要不要一起少開冷氣？
小婷：好啊，電費太可怕了。
阿凱：我順便問一下房東冷氣能不能清洗，說不定比較省電。
小婷：讚，拜託你了。`,
  ],
  government: [
    `民警：您好，请问是{name}吗？这里是{city}公安局城关派出所。
群众：是我，怎么了？
民警：您好，不要紧张。前两天有热心群众在公交站捡到一张身份证，交到我们所里了，我们查了一下是您的，联系您来领取。
群众：哎呀，是我丢的！我正准备去补办呢。
民警：那正好，您带上户口本或者其他能证明身份的材料，工作日上午八点半到下午五点，直接到所里户籍窗口来领就行。
群众：需要交什么费用吗？
民警：不需要，领取是免费的。您到了报一下名字就可以。
群众：好的好的，谢谢警察同志。我能问一下，你们这个电话是派出所的座机吗？
民警：是的，您也可以挂断后打110转我们所核实，或者直接来所里。我们不会在电话里让您转账或者提供银行卡信息的。
群众：好，我明天就过去。那我之前已经在网上申请补办了，还要取消吗？
民警：您来了以后户籍民警会帮您看一下，如果还没制证可以撤回申请。
群众：好的，谢谢您。`,
    `网格员：阿姨您好，我是咱们社区的网格员小{surname}，今天上门走访一下。
阿姨：哦，进来坐进来坐。
网格员：不坐了阿姨，就问几个事。最近家里老人身体怎么样？
阿姨：都挺好的，老伴儿血压高，一直吃着药。
网格员：好的。还有就是社区在做反诈宣传，想帮您手机上装一个国家反诈中心App，有可疑电话会提醒您。
阿姨：行，你帮我装吧，我不会弄。
网格员：好的，装好了。阿姨您记住，公检法不会打电话让您转账，也没有什么“安全账户”。还有保健品讲座、投资养老项目，都要小心。
阿姨：我知道，上次还有人说能领养老补贴，要先交钱，我没理。
网格员：对的阿姨，补贴都是社区通知，去社区办理，不会收费。您有什么事直接来社区找我，这是我的电话，写在门后面了。
阿姨：好好，谢谢你啊小{surname}。`,
    `工作人员：您好，这里是{city}税务局12366纳税服务热线的回访电话，请问是{name}先生吗？
纳税人：是的。
工作人员：您好，今年的个人所得税综合所得年度汇算已经开始了，系统显示您还没有办理，提醒您一下，截止时间是六月三十日。
纳税人：哦，我需要退税还是补税？
工作人员：具体要您自己在“个人所得税”App里确认，App会根据您的收入和专项附加扣除自动计算。如果有退税，会直接退到您在App里填的本人银行卡上。
纳税人：需要交什么手续费吗？
工作人员：完全不需要。税务部门不会通过电话或短信链接让您办理退税，所有操作只在官方App或办税服务厅进行。
纳税人：明白了，我最近确实收到一个说可以退税的短信，有个链接。
工作人员：那个是假的，请不要点击。有疑问可以拨打12366核实。
纳税人：好的，谢谢提醒。`,
    `市民：喂，你好，是社保局吗？我想问一下我的社保卡是不是被冻结了。
工作人员：您好，这里是{city}人社局12333服务热线。请问您是收到了什么通知吗？
市民：我收到一个电话，说我的社保卡涉嫌违规使用，要冻结，让我配合调查。
工作人员：先生，您先别着急。社保部门不会打电话说冻结您的卡，也不会让您配合调查、转账。这个很可能是诈骗电话。
市民：他还说要转到公安那里。
工作人员：那就更是诈骗了，典型的冒充公检法。请您直接挂断，不要按他的要求做任何操作。
市民：那我的卡现在正常吗？
工作人员：您可以在“{city}人社”官方App或者电子社保卡里查看状态，也可以带身份证到就近的社保服务大厅查询。我这边也可以帮您查一下，麻烦报一下身份证号后四位。
市民：{d4}。
工作人员：查到了，您的社保卡状态正常，正常缴费中。今年的年度缴费基数申报也提醒您留意单位通知。
市民：好的，太感谢了。`,
    `书记员：您好，这里是{city}人民法院民事审判庭，请问是{name}吗？
当事人：是我，您好。
书记员：您好，您作为原告起诉的民间借贷纠纷一案，案号{case}，法院定于{date}上午九点在第五法庭开庭审理，传票已经通过邮寄和电子送达平台发送，跟您电话确认一下收到了没有。
当事人：收到了，短信里有个链接是法院的电子送达平台吧？
书记员：对，您可以通过官方的“人民法院在线服务”小程序查看，或者到立案庭窗口领取纸质文书。开庭请带身份证原件和证据原件，借条、转账记录等。
当事人：需要再交什么费用吗？
书记员：诉讼费您立案时已经缴纳了，开庭不需要额外交费。法院也不会通过电话让当事人转账。
当事人：明白了。我可以请律师吗？
书记员：可以，律师需要提交授权委托书。到时候准时到庭就行。
当事人：好的，谢谢。`,
    `民眾：您好，我想問一下，我的身分證遺失了要怎麼補辦？
戶政人員：您好，這裡是{city}戶政事務所。身分證遺失的話，要請您本人帶著最近兩年內的正面半身照片一張，還有其他能證明身分的證件，例如健保卡或駕照，到任何一個戶政事務所辦理。
民眾：需要先報警嗎？
戶政人員：不一定需要，您直接來戶政辦理就可以，我們會幫您做遺失登記。規費是兩百元，在櫃台現場繳就好。
民眾：大概要多久？
戶政人員：資料齊全的話當場就可以拿到。
民眾：好。我前幾天還接到一個電話說我的身分證被冒用開帳戶，說是什麼檢察官，要我去做筆錄。
戶政人員：那個是詐騙喔，檢察官不會用電話要您監管帳戶。您可以撥165反詐騙專線問問看。
民眾：好，謝謝您。那我舊的身分證找回來了怎麼辦？
戶政人員：補發之後舊的就作廢了，找回來也不能再用，請交回戶政事務所。
民眾：了解，謝謝。`,
    `職員：喂，你好，請問係咪{name}先生？呢度係房屋署{city}區租約事務管理處。
市民：係，咩事？
職員：我哋係打嚟提提你，今年嘅住戶入息及資產申報表已經寄咗去你屋企，截止日期係{date}，想確認你收到未。
市民：收到喇，不過我未填。
職員：冇問題，你填好之後可以親身交返嚟辦事處，或者放入屋邨嘅收集箱，唔使俾錢，亦都唔使經任何中介。
市民：咁如果我有問題點算？
職員：你可以打我哋熱線，或者喺辦公時間嚟辦事處，同事會幫你。
市民：明白。我上星期收到個短訊話我有租金退款，要撳連結，係唔係你哋？
職員：唔係，房屋署唔會咁通知退款，好可能係騙案，唔好撳。
市民：好。如果我填錯咗可唔可以改？
職員：可以，你喺截止日期之前嚟辦事處，同事會幫你更正。
市民：好，唔該晒。`,
    `民警：您好，请问是{name}先生吗？我是{city}市公安局反诈中心的民警，工号{d6}。先跟您说明一下，我们这个电话不会让您转账，也不会要任何验证码和密码。
群众：哦，是什么事？
民警：我们监测到您的手机号今天下午跟一个已知的诈骗号码通话了将近四十分钟，想问一下，对方是不是跟您说投资或者刷单的事？
群众：啊，是有个人说带我做网上兼职，在一个App里做任务返佣金，我刚才还准备充点钱进去。
民警：先生您千万不要充钱！刷单返利就是诈骗，前面给您小返利，后面让您越充越多，最后提不出来。
群众：我还没充，刚下载了那个App。
民警：那太好了，请您马上把那个App卸载，不要再跟对方联系。如果您有疑问，可以去就近派出所，或者拨打96110咨询。
群众：好好，谢谢你们，我差点就上当了。
民警：不客气，平时多关注国家反诈中心App的提醒。`,
  ],
  english: [
    `Priya: hey are we still on for saturday?
Tom: yes!! brunch at 11 then the market?
Priya: perfect. Jess said she might be late, her train's on a rail replacement bus again
Tom: classic. should I book the table? that place on the high street gets rammed
Priya: yeah book for 4, Sam's coming too
Tom: done, booked under my name for 11:15 to be safe
Priya: legend. oh btw I got a text this morning saying I'd won a prize from the supermarket and had to pay postage lol
Tom: haha I get those every week. just delete it
Priya: already did. anyway, shall we split the bill on the app after?
Tom: yeah I'll pay and you lot send me your share, no rush
Priya: cool. also, new number for Sam, she lost her phone, I'll add her to the group
Tom: ok ta. I'll ring her quickly to say hi so I know it's really her 😂
Priya: very wise. see you saturday x`,
    `Agent: Hi, this is Dana from the {banken} fraud department. Am I speaking with {fname}? Before we continue, I want to be clear: I will never ask you for your PIN, your full card number, or a one-time passcode.
Customer: Okay, yes, this is {fname}.
Agent: Thanks. We noticed a card-not-present purchase of {usd} at an electronics retailer about twenty minutes ago, and it doesn't match your usual spending. Did you make that purchase?
Customer: No, I've been at work all afternoon.
Agent: Understood. I've declined that transaction, so no money has left your account. I'd recommend opening the {banken} app, going to Card Settings, and locking the card. We'll mail a replacement within five to seven business days.
Customer: Okay, locked it. Will I be charged for the new card?
Agent: No, there's no fee for a replacement due to fraud. You may also want to review your recent transactions in the app and tap "Report a problem" next to anything you don't recognize.
Customer: Everything else looks fine. Thanks.
Agent: You're welcome. If you're ever unsure a call is really us, hang up and ring the number on your card. Have a good evening.`,
    `Receptionist: Good morning, {clinic} Surgery, how can I help?
Patient: Hi, I'd like to book an appointment with a GP, please. I've had a cough for about three weeks.
Receptionist: Can I take your name and date of birth?
Patient: {fname} Hughes, fourteenth of March, nineteen eighty-two.
Receptionist: Thank you. We don't have any face-to-face appointments today, but I can offer a telephone consultation this afternoon, and the doctor can bring you in if they need to examine you.
Patient: That's fine.
Receptionist: Lovely, Dr Patel will call you between two and four. Is this the best number to reach you?
Patient: Yes. Will it come up as a private number?
Receptionist: It might, yes, our outgoing calls sometimes show as withheld. The doctor will confirm your name and date of birth, but they'll never ask for any bank details.
Patient: Good to know. And if I need a prescription?
Receptionist: The doctor can send it electronically to your nominated pharmacy, which I can see is the one on Station Road.
Patient: Perfect, thank you.
Receptionist: No problem, take care.`,
    `Driver: Hello, is this {fname}? I'm the {courieren} driver, got a parcel for you, block 312, unit 08-14?
Customer: Yes, that's me. Oh, I'm at work now leh.
Driver: Can I leave it at the door? Or you want me to put it in the parcel locker downstairs?
Customer: Locker better, my neighbour's dog always sniff the parcels.
Driver: Okay no problem. I'll drop it in the locker at the void deck, then you'll get a pickup code by SMS from the locker company.
Customer: Okay. Do I need to pay anything? I saw a message saying there's an unpaid delivery fee.
Driver: No, this one is already paid, nothing to pay. That message probably scam, they send to everyone. We never ask payment by link.
Customer: Thought so. Thanks ah.
Driver: No worries. If the locker full, I'll bring it back tomorrow morning, I'll call you first.
Customer: Okay, thank you uncle.
Driver: Welcome, bye.`,
    `Landlord: Hi {fname}, it's Graham, your landlord. Got a minute?
Tenant: Hi Graham, sure.
Landlord: Just a heads up, the lease is up for renewal at the end of next month. I'm happy to keep you on, rent stays the same for another twelve months.
Tenant: Oh brilliant, that's a relief. Same terms as before?
Landlord: Yep, same terms. The agent will email the renewal through DocuSign from their usual office address, you just sign it there.
Tenant: Easy. Oh, and the hot water system's been playing up again, it goes lukewarm after about five minutes.
Landlord: Ah, not again. I'll get the plumber to come round. Would Thursday morning suit? He'll text you before he comes.
Tenant: Thursday's fine, I work from home that day.
Landlord: Good on ya. And you don't pay him anything, he invoices me directly.
Tenant: Cheers. Also, weird thing, I got an email saying the bank details for rent had changed. That wasn't you, was it?
Landlord: Definitely not. My details haven't changed. Keep paying into the same account as always, and if you ever get something like that, ring me first.
Tenant: Will do. Thanks Graham.`,
    `Arjun: bro is this your new number??
Rohit: yes yes, old phone fell in the lake at the picnic 😭
Arjun: 😂 prove it. what did we eat at Kavya's wedding that made you sick
Rohit: the paneer tikka from the stall outside, never again
Arjun: ok it's really you. saving it
Rohit: listen, for Goa trip, did you pay the hotel advance?
Arjun: yes I paid through the booking site itself, confirmation in mail. your share is 4,500 rupees, just send on UPI whenever
Rohit: will send tonight, salary came today
Arjun: no hurry yaar
Rohit: also I got a call saying I won some lucky draw from a mobile company, they wanted me to pay tax first. cut the call
Arjun: good, that's 100 percent fake. my uncle almost fell for that last year
Rohit: crazy. ok book train tickets tomorrow?
Arjun: yes, tatkal opens at 10, I'll try on IRCTC app
Rohit: done, you're the best`,
    `Mum: Did you see that text on the family group from Auntie June?
Emma: The one about winning a holiday? Yeah, Mum, that's a scam.
Mum: She said it looked very official, it had the airline logo and everything.
Emma: They always do. Real companies don't text you out of nowhere saying you've won a competition you never entered, and they definitely don't ask you to pay a "release fee".
Mum: That's what I told her. She hadn't clicked on it yet.
Emma: Good. Tell her to forward it to 7726 and then delete it. That's the free spam reporting number.
Mum: 7726, okay, I'll write that down. Are you still coming for Sunday lunch?
Emma: Yes, I'll bring dessert. Do you want me to pick up anything from the shops?
Mum: Some milk and a bag of potatoes would be lovely.
Emma: No problem. And I'll have a look at Auntie June's phone while I'm there, make sure she's got the spam filter on.
Mum: You're a good girl. See you Sunday.`,
    `Agent: Thanks for calling {operatoren}, my name is Kelly. How can I help you today?
Customer: Hi Kelly, I cancelled my broadband last month because I moved, but I've just been charged again for this month.
Agent: I'm sorry about that. Can I get the account holder's name and the postcode of the old address?
Customer: {fname} Walker, and it's M14 5RT.
Agent: Thank you. I can see the cancellation request went in on the twelfth, but it wasn't processed until after the billing date, which is why you were charged. That's our error.
Customer: So will I get a refund?
Agent: Yes, I've raised a refund for the full amount, {gbp}. It'll go back to the same card you pay by, usually within three to five working days. You don't need to do anything.
Customer: Great. And the router, do I need to send it back?
Agent: Yes, we'll post you a prepaid returns bag, just pop it in any post office.
Customer: Perfect. Thanks for sorting that.
Agent: You're welcome. You'll get a confirmation email shortly. Anything else?
Customer: No, that's all, thanks.`,
    `Sarah: hey, urgent question, do you have the final version of the Q3 deck?
Mike: the one with the new charts? I think Priyanka has it
Sarah: she's on leave till Monday 😩 the client call is at 3
Mike: check the shared drive, folder "Client decks", I'm pretty sure she uploaded it Friday
Sarah: found it!! lifesaver
Mike: haha no worries. btw did you get that weird email from "IT" asking everyone to re-enter their password because accounts would be locked?
Sarah: yes, I reported it with the phishing button
Mike: same. real IT sent a message on Teams saying it was fake
Sarah: good. ok, can you join the call at 3 in case they ask about the numbers?
Mike: sure, send me the invite
Sarah: sent. thanks Mike, coffee's on me after
Mike: I'll hold you to that`,
    `Dad: Hi love, just checking, did the uni send you the tuition bill for next term?
Jess: Yeah, it came through on the student portal yesterday. It's due on the fifteenth.
Dad: Okay. Mum and I will pay our part like last year, straight through the uni's portal. Can you send me a screenshot of the invoice?
Jess: Sure, sending now. Also my student loan for living costs comes in next week, so I'm fine for rent.
Dad: Great. You know, someone called the house pretending to be from the uni finance office, saying your account was overdue and we had to pay over the phone.
Jess: What?! It's not overdue.
Dad: I know, I hung up and checked the portal with you. Just be careful, they seem to know names.
Jess: Yikes. I'll tell my flatmates. Thanks Dad.
Dad: No worries. Are you coming home for reading week?
Jess: Yes! Can you pick me up from the station on Friday?
Dad: Of course. Text me the train time.`,
    `Mechanic: Hi, is that {fname}? It's Dave from the garage, about your {car}.
Customer: Hi Dave, how's it looking?
Mechanic: So, the service is done, oil and filters all changed. But the front brake pads are quite worn, down to about three mil. I'd recommend replacing them.
Customer: How much would that be?
Mechanic: Parts and labour, around {gbp}. I can do it today if you give me the go-ahead, otherwise you can book it in another time.
Customer: Go ahead, I'd rather be safe.
Mechanic: Good call. It'll be ready by about five. You can pay when you collect, card or cash is fine.
Customer: Perfect. Oh, one thing, the dashboard light for tyre pressure keeps coming on.
Mechanic: I'll check the pressures and reset it while I'm there, no charge.
Customer: Brilliant, thanks Dave.
Mechanic: No problem, see you at five.`,
    `Vet: Hello, is this {fname}? This is Chloe from the vet clinic, calling about Biscuit.
Owner: Oh hi, is he okay?
Vet: He's absolutely fine, don't worry. I'm just calling to let you know his blood results came back normal, so the vet's happy for his dental procedure to go ahead on Tuesday.
Owner: That's great news. What time should I drop him off?
Vet: Between eight and eight thirty. No food after ten the night before, but water is fine.
Owner: Got it. And will I need to pay a deposit?
Vet: No deposit needed, you just settle the bill when you pick him up in the afternoon. The estimate we gave you still stands.
Owner: Lovely. Can I give you a new mobile number? My old one's being cancelled.
Vet: Of course, go ahead and I'll update his file.
Owner: It's 0412 555 019.
Vet: Updated. We'll text you on that number when he's ready to go home. See you Tuesday.
Owner: Thanks so much, bye.`,
  ],
};
