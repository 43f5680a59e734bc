/**
 * Blind tuning set #47 (genuine only; LONG calls and chat logs of 300–1,200 characters, 8 per category, 12 English,
 * half of them never mentioning scams; a third writer; session 14). Measured once on arrival (tree 065e74c), 3
 * renderings per template: 12 of 228 flagged (5.3 %: bank 12.5, lender 25.0, personal 12.5 %). The same rows on
 * earlier trees of the session: 47 of 228 (20.6 %) before transcripts were read without the reader's turns
 * (75c7345), 24 (10.5 %) before a transcript the model reads as genuine was set aside (4ffe9dd).
 *
 * Blind genuine set 47: LONG legitimate (non-fraud) conversations — whole phone-call
 * transcripts and chat logs of roughly 300–1,200 characters — of the kind that make up
 * the negative class of fraud-dialogue data sets. Written BLIND to the classifier: the
 * author saw neither its code, its rules nor its training data.
 *
 * Styles: speaker-labelled turns (A:/B:, 客服：/客户：, left:/right:, 坐席/用户, 1:/2:),
 * unlabelled ASR-like text with fillers and little punctuation, and named chat logs;
 * Simplified Chinese, Traditional Chinese (Taiwan), Hong Kong Cantonese and
 * UK/US/SG/IN/AU English. Many are near misses that talk about overdue payments,
 * codes, refunds, police, courts, subsidies, frozen accounts or new numbers, but none
 * asks for a code, an up-front fee, a transfer to a “safe”/personal account or a visit
 * to an odd link; official apps, counters and hotlines are the only channels pointed to.
 *
 * Sources: only general public DESCRIPTIONS of how anti-fraud campaigns say real
 * institutions behave (e.g. public-security anti-fraud advice that banks and police never
 * ask for codes or transfers, consumer-protection guidance on debt collection) were
 * paraphrased as contrast; no real transcript, message or data set was copied.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_GENUINE_47_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    `坐席：您好，请问是{name}先生吗？我这边是{bank}信用卡中心的，工号{d4}，这通电话会录音。
用户：对，是我，什么事？
坐席：是这样，您尾号{d4}的信用卡本期账单{amount}元，到期还款日是{date}，目前系统显示还没有还款，已经逾期{days}天了，我们这边做一个提醒。
用户：哦，我以为设了自动还款，可能是绑定的那张储蓄卡余额不够。
坐席：有这个可能。您可以打开我们银行自己的手机银行App，在信用卡页面点“还款”，从本人的借记卡转进去就可以，或者到任意网点柜台也能办理。
用户：那逾期会不会上征信啊？
坐席：目前还在宽限期内，您今天或者明天还上的话一般不会影响。具体的以App里显示的为准。
用户：好的，我晚上就在App里还。你们不会让我转到别的账户吧？
坐席：不会的先生，我们任何时候都不会让您转账到个人账户，也不会索要验证码，还款只走您本人的卡到信用卡。要是有人这么说，请直接挂断，拨打卡背面的{bankno}核实。
用户：明白，谢谢。
坐席：不客气，祝您生活愉快，再见。`,
    `喂您好是{surname}女士吗 嗯对 啊您好我这边是{bank}{city}分行营业部的 就是您昨天在手机银行上预约了今天下午的大额取现 二十万对吧 对对对 嗯那个我跟您确认一下啊 您是下午两点过来对吧 对两点左右 好的 那个您记得带上本人身份证 还有那张卡 我们这边现金已经给您备好了 嗯 然后就是 按照规定我们柜员会问一下您这个资金用途 您别介意啊 没事 就是家里装修要付给装修队的 哦好的好的 那个就是 如果是付给装修公司的话其实转账也可以 对公转账更有凭证 您考虑一下 嗯他们要现金 说是给工人发工资 哦那行 那您过来的时候直接到三号窗口 报您的名字就行 不用重新取号了 好嘞 还有就是现金带在身上注意安全啊 要不要我们帮您装个袋子 好啊 行 那下午见 嗯好谢谢啊 不客气 再见`,
    `職員：喂，你好，請問係咪{fname}陳生呀？我哋係中銀香港信用卡部防詐騙組打嚟嘅。
客戶：係，乜嘢事？
職員：我哋系統見到你張卡尾號{d4}，喺今朝三點幾有一筆網上簽賬，商戶喺海外，金額大概八千幾蚊港紙，同你平時嘅消費習慣唔太一樣，所以想同你確認下。
客戶：三點幾？我瞓緊覺喎，唔係我簽嘅。
職員：明白。咁我哋會先將呢張卡暫停，之後幫你補發一張新卡。你可以自己喺我哋個手機App入面「信用卡」頁面睇返最近交易，唔係你嘅就撳「報告可疑交易」。
客戶：使唔使我講個驗證碼俾你確認身份？
職員：唔使，亦都唔好講。我哋職員永遠唔會問你要一次性密碼或者網上理財密碼。如果有人打嚟問，即刻收線，打返卡背個熱線。
客戶：好，咁筆錢點算？
職員：你喺App報咗之後，我哋會幫你做爭議交易，調查期間呢筆數唔使你俾，一般三十至六十日有結果。
客戶：OK，唔該晒。
職員：唔使客氣，新卡會寄去你登記地址，拜拜。`,
    `客服：{name}先生您好，這裡是玉山銀行信用卡客服中心，敝姓林，這通電話將會錄音。
客戶：喔你好。
客服：不好意思打擾您，您上個月在家電行刷的那筆冷氣，系統顯示您有申請「帳單分期」，想跟您確認一下期數，是要分十二期還是二十四期？
客戶：我記得是十二期零利率的吧？
客服：是的，十二期零利率，每期大約三千多元，手續費也是零。二十四期的話就會有年利率，所以一般會建議十二期。
客戶：那十二期就好。那我這期的帳單要怎麼繳？
客服：您可以用玉山的App繳款，或是到超商用帳單上的條碼繳，也可以設定自動扣繳您本人的存款帳戶。
客戶：好，那我改成自動扣繳好了，去App設嗎？
客服：對，App裡面「信用卡」點「自動扣繳設定」，驗證過身分就可以了。提醒您，驗證碼是您自己在App輸入用的，任何人打電話跟您要都不要給喔。
客戶：了解，謝謝。
客服：不客氣，祝您有美好的一天。`,
    `{name}：王经理，我那笔三年定期是不是这个月到期？
王经理（{bank}）：是的{name}姐，{date}到期，本息一共{amount}元左右，到期会自动转到您的活期。
{name}：那现在利率是不是又降了？
王经理（{bank}）：对，三年期现在挂牌比您存的时候低了一点。您要是还想存定期，可以到期后在手机银行直接续存，也可以来网点，我给您介绍一下大额存单。
{name}：大额存单要多少起？
王经理（{bank}）：二十万起，利率比普通定期高一些。不过我先说明啊，理财产品和存款不一样，有的不保本，您年纪大了我建议还是存款类的稳妥。
{name}：好，那我周六过去找你，周六开门吧？
王经理（{bank}）：周六上午九点到下午四点开的，您带身份证和存折就行。到时候我在大堂等您。
{name}：好的，麻烦你了。
王经理（{bank}）：不麻烦。另外提醒一下，最近有人冒充银行打电话说存款要“升级”，我们绝对不会电话里让您转钱，有事您直接到网点来问我。`,
    `1：您好，{bank}客服，请问有什么可以帮您？
2：你好，我那张工资卡好久没用了，今天去取钱ATM说账户状态异常，是不是被冻结了？
1：先生您别着急，我帮您查一下。请问您尾号多少？
2：{d4}。
1：好的，您这张卡是超过一年没有交易，系统把它转成了“久悬户”，不是司法冻结，只是暂停非柜面业务，这是防止长期不用的账户被人冒用。
2：那怎么恢复？
1：需要您本人带身份证和这张卡，到任意一个我行网点柜台办理激活，柜员核实身份后当场就能恢复，不收费。
2：不能在手机上弄吗？
1：这个业务按规定必须本人到柜面办理，电话和网上都办不了。如果有人说可以帮您线上解冻、让您先交钱，那肯定是假的。
2：行，那我明天中午去。附近哪个网点近？
1：您在手机银行首页“网点查询”里可以看到，也可以提前在App上取号，省得排队。
2：好的，谢谢。
1：不客气，还有其他问题吗？没有的话祝您生活愉快。`,
    `A：喂，请问是{name}吗？我是{city}农商银行个贷中心的小周，您在我们这边有一笔房贷。
B：对，怎么了？
A：就是跟您说一下，今年LPR下调了，您的房贷利率会在{date}按合同自动重新定价，下个月开始月供会少一点，大概少个两三百块。
B：哦，那我要做什么吗？
A：不用您做任何操作，系统自动调整的。您到时候在我们手机银行“贷款”里面能看到新的还款计划。
B：那我想提前还一部分可以吗？手上有点闲钱。
A：可以的，提前还款要在手机银行里先预约，一般预约后下个还款日扣款。您只需要保证还款卡里钱够就行，钱就放在您自己那张卡里，不用转给任何人。
B：有违约金吗？
A：您这笔已经满三年了，按合同是不收违约金的。
B：那挺好。还款以后是缩短年限还是减少月供？
A：这个您预约的时候可以自己选，一般缩短年限更省利息，但月供压力大点，看您情况。
B：好，我回去跟老婆商量下。
A：好的，有问题打我们行的客服，或者来营业部找我都行。再见。`,
    `left: 你好，我的卡丢了，想挂失
right: 您好，这里是{bank}在线客服。请问是借记卡还是信用卡？
left: 借记卡，早上在地铁上钱包被偷了
right: 很抱歉听到这个消息。您可以现在在手机银行App里点“我的”-“卡片管理”-“挂失”，做临时挂失，马上生效
left: 我手机银行还能登，我去弄一下
left: 好了，显示挂失成功
right: 好的。临时挂失有效期五天，请您在五天内带身份证到网点办理正式挂失和补卡，补卡工本费按网点标准，在柜台交
left: 卡里的钱不会有事吧
right: 挂失后任何人都无法用这张卡取款或消费。您也可以在App里看一下挂失前有没有异常交易，如果有，请先报警，再拿着报警回执来网点
left: 没看到异常，应该还好
right: 好的。另外身份证如果也一起丢了，建议去派出所挂失补办。提醒您，之后如果接到电话说您的卡“涉案”要转钱到安全账户，都是诈骗
left: 嗯知道，谢谢
right: 不客气，祝您顺利`,
  ],
  lender: [
    `坐席：您好，请问是{name}先生本人吗？
用户：是我。
坐席：您好，我是{lender}的贷后服务专员，工号{d4}，本次通话会录音。您在{lenderapp}的借款本期应还{amount}元，{date}到期，现在已经逾期{days}天了，想了解一下您这边是什么情况。
用户：不好意思啊，这个月公司工资晚发了，我下周五能还上。
坐席：理解的。那我这边给您备注一下，承诺还款日下周五。您到时候直接在{lenderapp}里点“立即还款”，用您本人绑定的银行卡还就可以。
用户：逾期这几天有罚息吗？
坐席：有的，按合同是按日计算的，具体金额在App的账单详情里有显示，没有其他额外费用。
用户：好。会打电话给我家里人吗？
坐席：不会的，我们只联系您本人，不会联系您的通讯录。也请您注意，我们不会让您转账到任何个人账户或者其他公司账户，所有还款都只在App里完成。
用户：行，我知道了。
坐席：好的，那就麻烦您按时处理，谢谢配合，再见。`,
    `喂 你好 是{name}吧 对 我是{lender}这边的 就是您那个分期啊 已经连着两期没还了 嗯 我知道 我知道 那个 我最近确实困难 被裁员了 现在还在找工作 嗯嗯 理解理解 那您看您现在每个月大概能拿出多少来还 就是 一千左右吧 最多一千五 嗯 好 那我这边可以帮您申请一下这个 个性化分期 就是把剩下的本金重新分成二十四期 这样每个月大概在一千二左右 您看能接受吗 一千二 嗯 可以 那个 要交什么手续费吗 不用交任何费用 您就是在App里面会收到一个协商方案 您点确认 签一下电子协议就生效了 哦 那之前的罚息呢 罚息这部分申请下来可以减免一部分 具体要等审批结果 一般三个工作日 哦那挺好的 就是我提醒您啊 协商成功以后按新计划每期按时还 不然方案会失效的 对对对 好的好的 谢谢你啊 不客气 那您留意一下App消息 有问题可以打我们官方客服电话 嗯好 再见`,
    `客户：你好，我想问一下提前还款的事。
客服：您好，这里是{lender}客服热线，请问您的借款是在{lenderapp}上申请的吗？
客户：对，借了三万，分十二期，现在还了五期，想一次性结清。
客服：可以的。您在App首页“我的借款”里点进那一笔，有个“提前结清”，系统会算出应还本金加上到当天的利息。
客户：有违约金吗？
客服：您这笔按合同是不收提前还款违约金的，只收实际使用天数的利息。
客户：那结清了以后多久能开结清证明？
客服：结清后第二个工作日就可以在App里申请电子结清证明，征信上一般在下一个报送周期更新为结清。
客户：好的。还有一个，前几天有人打电话说是你们公司的，说我额度可以提高，要先交一笔会员费，是你们吗？
客服：不是的，我们提额不收任何费用，也不会打电话让您先交钱。建议您不要理会，有需要可以向当地反诈中心举报。
客户：好，那我今天就在App里结清。
客服：好的，感谢来电，请为我的服务打分，再见。`,
    `專員：您好，請問是{name}先生嗎？這裡是裕融企業的客服，敝姓張。
客戶：對，什麼事？
專員：是這樣的，您的車貸這個月五號要扣款，但是我們這邊扣款沒有成功，想跟您確認一下扣款帳戶是不是有換。
客戶：啊，我薪轉戶換銀行了，原本那個戶頭錢不夠。
專員：了解。那這一期您可以到超商用繳款單繳，或是到我們官網會員專區用自己的網路銀行繳，帳號就是繳款單上的虛擬帳號，是裕融的專屬帳號。
客戶：那以後要改扣款帳戶怎麼辦？
專員：需要填一張授權書，附上新帳戶的存摺封面影本，可以寄回公司，或是到就近的服務據點辦理，大概兩到三週生效。
客戶：這次晚繳會怎樣嗎？
專員：這週內繳清的話只會有幾天的遲延利息，不會影響您的信用。
客戶：好，我明天去7-11繳。
專員：好的，謝謝您，祝您行車平安。`,
    `職員：喂，你好，請問係咪{surname}小姐？我係邦民財務嘅客戶服務主任，想同你傾下你私人貸款嘅還款安排。
客戶：係，咩事呀？
職員：你之前喺網上申請，話想將每個月嘅還款日由一號改到十五號，我哋已經收到。想同你確認返，改咗之後第一期會多計十四日利息，你接唔接受？
客戶：大概多幾多？
職員：大概一百幾十蚊左右，會喺下期月結單列明。
客戶：OK，冇問題，因為我轉咗工，糧期係十五號。
職員：明白。咁改咗之後，你都係照舊用銀行自動轉賬，唔使做其他嘢。
客戶：好呀。係喎，我早排收到個電話話我可以「債務重組」，要先俾兩千蚊手續費，係咪你哋？
職員：唔係我哋。我哋唔會叫客人預先俾手續費，亦都唔會叫你入錢去私人戶口。如果再收到，可以打去警方防騙易熱線18222查詢。
客戶：好，唔該你。
職員：唔該晒，拜拜。`,
    `{name}：你好，我的额度怎么突然从五万降到两万了？
{lender}在线客服：您好，很理解您的疑问。额度是系统根据您的综合情况定期评估的，可能和近期其他平台的借款、征信查询次数有关。
{name}：我就是最近买房查了几次征信。
{lender}在线客服：是的，短期内查询比较多有可能影响评估。额度调整不会影响您已经借出的款项，原有的还款计划不变。
{name}：那怎么恢复？能不能交钱提额？
{lender}在线客服：不能也不需要。我们没有任何付费提额的服务，凡是说交钱就能提额、刷流水提额的都是诈骗。您保持按时还款，一般三个月后系统会重新评估。
{name}：好吧。另外我想问下我下个月那期能不能晚几天还？
{lender}在线客服：您可以在{lenderapp}“还款”页面看看有没有“延期还款”入口，如果有，每年可以申请一次，最长延后七天，期间正常计息。
{name}：我看到了，有的。
{lender}在线客服：好的，有其他问题随时咨询我们。`,
    `A：您好，这里是微众银行贷后管理部，请问是{name}先生吗？
B：是我，是不是微粒贷的事？
A：对的，您的微粒贷这一期{amount}元已经逾期三天了，打电话提醒一下。
B：哎，我手机被停机了几天，刚恢复，都没看到提醒。我现在就能还。
A：好的，您打开微信里的微粒贷入口，点“还款”就行，用您自己绑定的银行卡或者零钱都可以。
B：好，我在操作了……好了，显示已还清。
A：我这边也看到入账了，谢谢您。
B：这三天会不会影响征信？我下半年想买车。
A：逾期记录是按实际情况报送的，这次是短期逾期，已经结清了。如果您认为有特殊情况，比如确实因为停机没收到通知，可以在微粒贷页面的“帮助与客服”里提交异议申请，我们会核实。
B：好的，那我试试。
A：另外提醒您，我们所有的还款都只在微粒贷里完成，不会让您扫码或者转给个人，也不会帮您“消除征信记录”收费，这种都是诈骗。
B：知道了，谢谢。`,
    `客服：您好，{lender}投诉专线，请问有什么可以帮您？
客户：我要投诉！我上个月是晚还了几天，但你们催收的人打电话到我单位去了，我们领导都知道了，这样合适吗？
客服：非常抱歉给您带来困扰，先跟您道歉。请问您记得来电号码和时间吗？
客户：{date}上午十点多，号码是{phone}。
客服：好的，我记录下来。按照我们公司的规定，贷后人员只能联系借款人本人，不能向您的单位、同事或者通讯录联系人透露欠款信息。我们会调取录音核查，如果属实会严肃处理，相关人员也会被追责。
客户：我现在已经还清了，以后别再打了。
客服：我查了一下，您的借款在上周已经全部结清，系统已停止所有提醒。处理结果三个工作日内会短信通知您。
客户：好吧，那我等结果。
客服：再次跟您道歉，感谢您的反馈。如果对处理结果不满意，您也可以向当地金融监管部门反映。`,
  ],
  otp: [
    `客户：你好，我在12306上登录，一直收不到短信验证码，点了好几次了。
客服：您好，请问您的手机号是本人实名的吗？最近有没有换过号码？
客户：没换过，就是这个号码。
客服：好的，请您先检查一下手机里的骚扰拦截，有些手机管家会把验证码短信拦截到“拦截短信”里。
客户：我看看……哎，真的在拦截里，有五条。
客服：那您用最新的一条就可以了，之前的都已经失效了。另外频繁获取的话系统会限制，一小时内最多五次。
客户：行，登上了。谢谢啊。
客服：不客气。提醒您一下，验证码只能您自己在12306的页面上输入，我们的客服任何时候都不会向您索要验证码。如果有人打电话说是铁路客服要退票改签，让您报验证码，千万不要给。
客户：好的，我妈上次就差点被骗，说是航班取消要退款。
客服：是的，这类情况比较多。退改签都在12306 App里自己操作就可以。还有什么需要帮您的吗？
客户：没有了，谢谢。`,
    `喂 您好{operator}客服 工号{d4} 很高兴为您服务 哎你好 我这个手机最近收不到验证码短信 别的短信都能收到 就是那种什么银行啊 淘宝啊 那种验证码都收不到 嗯 请问您是机主本人吗 对 是我本人 好的 我帮您查一下 请稍等 嗯 我这边看到您的号码开通了一个 短信防骚扰的业务 就是有一个 那个 一百零六号段的拦截 就是那种以一零六开头的行业短信都被拦了 哦 是吗 我都不知道什么时候开的 可能是之前您办套餐的时候一起开的 那我这边帮您取消好吗 好 取消 好的已经帮您取消了 大概十分钟生效 您一会儿再试一下 好的好的 另外跟您说一下啊 验证码收到以后只自己用 谁打电话问您要都别说 包括自称我们营业厅的 嗯知道 我们不会问您要的 好 还有别的问题吗 没了 谢谢 好的 那请您挂机后对我的服务做个评价 再见`,
    `買家：你好，我要改手機號碼，可是收不到驗證碼，舊的號碼已經停用了。
蝦皮客服：您好，了解您的情況。如果舊號碼已無法接收簡訊，請在App「我的帳戶」>「帳號與安全」>「手機號碼」選擇「無法接收驗證碼」，上傳身分證件照片與手持證件的照片進行人工審核。
買家：要多久？
蝦皮客服：一般三到五個工作天，審核通過後會以Email通知您，再用新號碼接收驗證碼即可。
買家：那這段時間我訂單會不會有問題？
蝦皮客服：已經成立的訂單不受影響，可以正常收貨。只是修改密碼、綁定銀行帳戶這類操作要等換完號碼才能做。
買家：好。對了，我昨天有收到一封信說我的帳號異常，要點連結驗證，是你們寄的嗎？
蝦皮客服：請不要點。官方通知都會在App裡的通知中心出現，我們不會透過簡訊或私訊要您點外部連結，也不會向您要驗證碼。您可以把那封信截圖回報給我們。
買家：好，我截圖傳給你。
蝦皮客服：收到，謝謝您的回報，還有其他問題嗎？
買家：沒有了，謝謝。`,
    `客戶：喂，你好，我喺PayMe度轉數，佢話要收SMS驗證碼，但我等咗十分鐘都冇。
客服：你好，唔好意思。請問你係咪最近換咗電話或者去咗外地？
客戶：啱啱由台灣返嚟，之前開咗漫遊。
客服：咁有可能係電話網絡仲未轉返本地，你試下重新開機，或者開關一次飛行模式。
客戶：好，等等……嚟咗喇，頭先嗰幾個一齊嚟。
客服：用最新嗰個就得，舊嘅已經失效。
客戶：好，搞掂。
客服：另外提提你，驗證碼只係你自己喺App入面輸入，我哋同銀行都唔會打嚟問你要。最近有人扮客服話幫你「升級帳戶」叫你讀驗證碼，千祈唔好理。
客戶：明白，我阿媽都收過類似電話。
客服：係呀，可以叫屋企人留意下。仲有冇其他可以幫到你？
客戶：冇喇，唔該。
客服：唔該晒，拜拜。`,
    `用户：为什么我登录{app}老是提示验证码发送过于频繁？
在线客服：您好，为了保护账户安全，同一个手机号一天内获取验证码的次数是有上限的。请问您今天是不是多次点了“获取验证码”？
用户：对，因为一直收不到，我就一直点
在线客服：理解。请问您的手机是双卡吗？有时候验证码会发到另一张卡所在的短信收件箱
用户：…确实，在副卡那个收件箱里
在线客服：那您今天的次数已经用完了，明天零点后会自动恢复。着急的话也可以用“本机号码一键登录”或者扫码登录，不需要验证码
用户：一键登录可以了，谢谢
在线客服：不客气。温馨提示：验证码是您账户的钥匙，不要截图发给任何人，客服也不会向您索要。如有陌生人以退款、理赔为由要验证码，请直接拒绝
用户：好的
在线客服：请问还有其他问题吗？如果没有，麻烦您对本次服务进行评价`,
    `1：您好，{bank}客服，请问有什么可以帮您？
2：我换了新手机，登手机银行要验证，刷脸一直不通过。
1：好的，新设备首次登录需要做身份验证。刷脸不通过的话，建议您在光线充足的地方，摘掉眼镜帽子再试一次。
2：试了三次了，还是不行。
1：那您可以选择“短信验证码加交易密码”的方式验证，验证码会发到您在我行预留的手机号上。
2：预留的还是我以前的号，那个号早就不用了。
1：这种情况需要您本人带身份证和银行卡到网点柜台修改预留手机号，这个业务为了安全不能电话办理。
2：那我只能先去柜台了。
1：是的，改好后当天就能生效。提醒您，这个过程中我们的工作人员不会向您要任何验证码或密码，柜台上也是您自己在密码键盘上输入。
2：好，那我明天去吧。
1：好的，您可以先在附近网点预约，节省时间。还有其他问题吗？
2：没有了，谢谢。`,
    `A：你好，我的原神账号绑的是我以前的手机号，现在那个号码注销了，收不到验证码，登不上了。
B：您好，这里是米哈游客服。这种情况可以走“换绑申诉”，在官网的账号中心点“无法接收验证码”，填写申诉表。
A：要填什么？
B：包括注册时间、注册地点、曾经充值的订单号、常用登录设备这些，信息越详细越容易通过。
A：充值订单我可以在支付宝里找到。
B：对的，那个很有帮助。提交后我们人工审核，一般七个工作日内邮件回复您。
A：我同学说有人可以帮忙找回，要两百块，靠谱吗？
B：千万不要。找回账号只能通过官方申诉，是免费的，第三方“代找回”大多会骗钱，甚至把您的账号盗走。也不要把任何验证码告诉别人。
A：好，那我自己填。
B：好的，祝您顺利找回，旅行者。`,
    `客户：你好，我刚才在京东下单，有个电话打过来说是京东客服，说我的订单异常，让我把收到的验证码念给他，我没念，想问问是怎么回事。
客服：您好，非常感谢您的警惕！京东客服不会主动打电话让您念验证码，那个电话很可能是诈骗。请问您的订单号方便提供一下吗？
客户：就是刚才买的那个电饭煲，订单号尾号{d4}。
客服：我查到了，您的订单状态正常，已经出库了，预计明天送达，没有任何异常。
客户：那就好。那个验证码是干嘛的？
客服：我看了一下，刚才有人尝试用您的手机号登录京东账号，验证码就是登录用的。因为您没有告诉对方，所以没有登录成功。建议您现在修改一下登录密码，并开启账户安全里的“设备管理”，看看有没有陌生设备。
客户：好的，我现在改。
客服：另外，如果还接到类似电话，可以记下号码，拨打96110反诈专线咨询。
客户：好，谢谢你啊。
客服：不客气，祝您购物愉快。`,
  ],
  delivery: [
    `喂 你好 {courier}的 你是不是有个快递 尾号{d4} 对对对 是我的 你现在在家吗 我在单位呢 那个 家里没人 哦 那你看是放驿站还是我晚上给你送 晚上几点啊 我得七点以后才到家 七点以后 那我这边一般六点半就收车了 要不我给你放小区门口那个{station} 你下班自己去拿一下 行 那也行 东西不大吧 不大 就一个小盒子 好 那我放驿站了 到时候会有短信告诉你取件码 你拿着取件码去拿就行 好嘞 谢谢啊师傅 没事 对了 你这个是到付还是已付的啊 已付的 我在网上付过了 对 我看单子上是已付 不用再给钱 那个驿站的短信是我们公司系统发的 上面就一个取件码 没有别的 好 那就这样 行 拜拜`,
    `快递员：喂，你好，是在{app}上预约寄件的{surname}先生吧？我是{courier}的快递员，负责你们小区这一片。
客户：对对，我约的下午三点到五点上门。
快递员：我这边大概四点左右到，你是寄一个箱子对吧，多大？
客户：一个纸箱，装的是衣服，不太重，大概五六斤。
快递员：好，那首重加续重，运费大概二十来块，具体我到了称一下，你在App里直接付就行，或者到时候扫我们公司的收款码也可以。
客户：好。需要我自己打包吗？
快递员：你打好包最好，我这边有胶带可以帮你加固。寄到{city}是吧，一般两天到。
客户：是的，要保价吗？
快递员：衣服的话看你自己，保价是按声明价值的百分之一收，在面单上写清楚就行，出了问题按保价理赔。
客户：那不用了，不值什么钱。
快递员：行，那我四点左右到，到楼下给你打电话。
客户：好的，我家是六楼没电梯，辛苦了。
快递员：没事没事，一会儿见。`,
    `{fname}（业主群）：谁知道{station}今天几点关门啊？
物业小刘：晚上九点，周末也是
{name}：我刚收到短信说快递放驿站了，取件码{pick}，但我出差了，明天才回来，会不会被退回去？
驿站老板：您好，驿站一般保管三天，超过了也不会马上退，我们会先打电话联系。您明天回来直接来拿就行
{name}：好的，谢谢老板
驿站老板：另外提醒大家，我们驿站不收任何“保管费”“超期费”，有人打电话说包裹滞留要交钱的，别信
{fname}（业主群）：是的，我婆婆上次就接到一个电话说快递丢了要理赔，还好没理他
物业小刘：有快递问题可以直接来物业或者驿站问，别点陌生链接
{name}：明白。能让我老婆帮我拿吗？
驿站老板：可以，报您的取件码和手机尾号就行
{name}：好的，辛苦`,
    `用户：你好，我买的花瓶收到的时候碎了，外箱也压扁了。
{shop}客服：亲，非常抱歉给您带来不好的体验！麻烦您拍一下外包装、面单和碎掉的商品照片，在订单页面点“申请售后”，选“商品破损”，上传照片就可以。
用户：那是退款还是补发？
{shop}客服：都可以，看您的选择。选退款的话审核通过后原路退回到您付款的账户，一般一到三个工作日到账；选补发的话我们会重新安排发货。
用户：那我要补发吧，还挺喜欢的。
{shop}客服：好的亲。碎掉的那个不用寄回，您自己处理就行，注意别划到手。
用户：好的。刚才有个电话说是快递公司理赔部的，说要给我赔偿，让我加个微信，这是你们安排的吗？
{shop}客服：不是的亲，所有的售后和理赔都在平台订单页面处理，不会让您加微信或者提供银行卡信息，请您不要相信。
用户：好，那我挂了不理他了。
{shop}客服：好的，补发单号生成后会在订单里更新，请留意。`,
    `司機：喂，{name}小姐您好，這裡是黑貓宅急便，您有一件冷藏的包裹，是從嘉義寄來的，今天要送到您家。
客戶：喔，是我阿嬤寄的雞肉吧。
司機：應該是，冷藏的。我大概下午兩點到三點會經過您那邊，請問家裡有人嗎？
客戶：我下午要上班耶，管理員可以代收嗎？
司機：可以，不過冷藏的東西放管理室太久可能會退冰，您大概幾點會回家？
客戶：五點半吧。
司機：那我跟您說，我先幫您改到晚上時段配送，六點到八點送，這樣比較好。
客戶：好啊，這樣最好，謝謝。
司機：不客氣。運費寄件人那邊已經付了，您收的時候不用付錢。
客戶：好。最近好多那種簡訊說包裹地址不全要補運費，嚇死人。
司機：對啊，我們不會用簡訊叫您付錢，要改時間都是我們直接打給您，或是您用黑貓官方App改。
客戶：了解，那晚上見。`,
    `速遞員：喂，你好呀，順豐嘅，你有件貨喺太古城，你而家喺唔喺屋企？
客戶：唔喺喎，返緊工，可唔可以放智能櫃？
速遞員：可以，我幫你放喺屋苑樓下嗰個順豐智能櫃，之後你會收到個取件碼，去部機度入就得。
客戶：好呀，幾時要攞？
速遞員：一般三日內攞就得，過咗會退返去站點。
客戶：好，唔該。係咪要俾錢㗎？
速遞員：唔使，寄件人已經俾咗運費，你直接攞就得。
客戶：好，因為我早兩日收到個短訊話我件貨地址有問題，叫我撳連結俾錢，嚇親。
速遞員：嗰啲係假嘅，我哋唔會咁樣叫你俾錢，要查件就用順豐自己個App或者打官方熱線。
客戶：明白，唔該晒。
速遞員：唔使。如果你三日內攞唔切，喺App度改派送時間都得，唔使另外俾錢。
客戶：好，明白，拜拜。`,
    `骑手：喂，您好，我是盒马的配送员，您的订单本来是下午四点到五点送达，我这边前面一单电梯坏了耽误了，可能要晚个二十分钟左右，跟您说一声。
顾客：哦没关系，里面有冰淇淋，会不会化啊？
骑手：我们是保温箱加冰袋的，二十分钟没问题。要是到了您发现化了，可以在App订单里直接申请“商品质量问题”，拍照就能退。
顾客：好的。你到了直接放门口就行，我在开会。
骑手：好的，那我放门口，拍个照片发在订单里。
顾客：行，谢谢。
骑手：不客气，还有您订单里有一盒鸡蛋，门店那边说缺货了，这部分已经自动退款了，原路退回您支付宝，您注意看一下。
顾客：哦好，那别的都有吧？
骑手：别的都有，牛奶、蔬菜、冰淇淋、面包都齐的。
顾客：好的好的，辛苦你了。
骑手：不辛苦，祝您生活愉快。`,
    `师傅：喂，你好，是{name}吗？我是{shop}家具配送安装的，你买的那个衣柜到{city}仓库了，想跟你约个时间上门送货安装。
客户：啊好的，这周六可以吗？
师傅：周六上午九点到十二点之间可以，下午已经排满了。
客户：那就上午吧。要多久能装好？
师傅：衣柜两米的话，两个人大概两个小时。你家几楼，有电梯吗？
客户：十二楼，有电梯。
师傅：有电梯就好。提醒一下，安装费你下单时已经包含了，我们上门不会再额外收钱。如果要拆旧柜子、搬走旧家具那个要另外算，你有需要吗？
客户：不用，旧的我自己处理了。
师傅：好的。那你提前把放衣柜的地方腾空，墙边插座啥的拍个照片发订单聊天里，我们看看要不要避开。
客户：好的，我今晚拍。
师傅：行，周六早上出发前我再给你打个电话，拜拜。`,
  ],
  appointment: [
    `前台：您好，这里是{clinic}口腔门诊，请问是{name}先生吗？
患者：是我。
前台：您之前约了{date}下午三点的洗牙和补牙复查，我们提前跟您确认一下时间还方便吗？
患者：哎呀，那天我可能要加班，能不能改到周末？
前台：周六上午还有十点和十一点半两个号，您看哪个合适？
患者：十点吧。
前台：好的，给您改到周六上午十点，还是李医生。补牙那颗如果有不舒服，复查的时候跟医生说。
患者：好的，要提前空腹吗？
前台：不用，正常吃饭就行，来之前刷个牙。费用来了按实际项目在前台结算，医保卡可以用的项目我们会直接刷。
患者：行，地址还是原来那个吧？
前台：对，还在{city}那个商场三楼，停车可以用商场的停车场，我们给您抵两小时。
患者：好的，谢谢。
前台：不客气，周六见。如果再有变动，提前一天打电话给我们就行。`,
    `喂 你好 是{fname}吗 我是{salon}的Tony啊 哦哦Tony你好 就是那个 你约了明天下午两点烫头发嘛 对 那个不好意思啊 明天下午我们那个烫发的药水 新的一批还没到 嗯 然后我想问问你能不能改到后天 或者明天你过来先剪 烫的话后天再来 后天 后天我要上班啊 那周末呢 周六周日都可以 周日下午吧 周日下午三点行不行 可以可以 周日三点我给你留着 那个价格还是按之前说的啊 还是卡里扣 对对对还是用你那个会员卡扣 不用另外交钱 你卡里还有挺多的 余额你在我们小程序里能看到 嗯 好 那周日你还是找我啊 对 还是我给你做 那就周日 好嘞 真不好意思啊 让你改时间 没事没事 那周日见 拜拜`,
    `顾问：您好，是{surname}先生吗？我是{car}4S店的售后服务顾问小马。
客户：你好。
顾问：系统显示您的车牌{plate}到了五千公里保养的时间，上次保养是半年前，想问问您这周方便过来做保养吗？
客户：这周可能不行，下周二可以吗？
顾问：下周二上午可以，建议您九点前到，做个常规保养大概一个半小时，您可以在休息区等。
客户：费用大概多少？
顾问：小保养就是机油机滤加工时，大概六七百，具体以工单为准，做完在店里前台结算就行。另外您的车有个召回活动，是关于一个软件升级的，免费的，这次可以顺便做。
客户：召回？什么问题？
顾问：是厂家发布的，关于中控屏偶尔黑屏的软件问题，升级一下就好，不影响安全，大概二十分钟。
客户：好的，那就下周二九点。
顾问：好的，我给您预约上了。前一天会有短信提醒，您到了直接开到售后接车区就行。`,
    `{name}妈妈：张老师好，我看群里说下周四开家长会，是下午几点呀？
班主任张老师：{name}妈妈您好，是下周四下午四点半，在三年二班教室，大概一个小时。
{name}妈妈：好的，孩子爸爸可能来不了，我来。需要准备什么吗？
班主任张老师：不用准备什么，我会讲一下期中考试情况和下学期的安排，还有研学旅行的事情。
{name}妈妈：研学要交钱吗？
班主任张老师：研学是自愿报名，费用是学校统一通过教育局的缴费平台收，不会让家长私下转给老师或者转到任何个人账户，到时候会发正式通知。
{name}妈妈：好的，明白了。我们家孩子最近数学好像有点跟不上。
班主任张老师：对，这次单元测验稍微有点退步，家长会结束后可以留一下，我和数学王老师一起跟您聊聊。
{name}妈妈：好的好的，谢谢张老师！
班主任张老师：不客气，周四见。`,
    `櫃台：您好，這裡是仁心耳鼻喉科診所，請問是{name}小姐嗎？
病人：是，我是。
櫃台：您上週看診的時候醫師有說要回來複診，幫您排在{date}晚上七點，想跟您確認一下可以嗎？
病人：可以，不過我可能會晚十分鐘到，下班塞車。
櫃台：沒關係，晚診號碼到八點半都可以報到，您到了拿健保卡跟櫃台報到就可以了。
病人：那這次還要做那個鼻內視鏡嗎？
櫃台：醫師有註明要看恢復的情況，可能會再照一次，健保有給付，自付額一樣是掛號費加部分負擔。
病人：好，藥還剩兩天，夠嗎？
櫃台：夠的，複診的時候醫師會看要不要再開。如果這兩天有發燒或流鼻血比較多，可以提早來看。
病人：好，謝謝。
櫃台：不客氣，到時候見喔。如果臨時不能來，打電話或用診所的LINE官方帳號取消就可以。
病人：好，了解。`,
    `姑娘：喂，你好，請問係咪{surname}先生？我係中環嗰間牙科診所嘅，你早排喺網上預約咗洗牙，想同你確認返時間。
客戶：係呀，係咪禮拜六朝早？
姑娘：啱呀，禮拜六朝早十點，係陳醫生幫你睇。因為你係第一次嚟，麻煩你早十五分鐘到，填份病歷表。
客戶：好呀。要唔要帶咩？
姑娘：帶身份證就得，如果有公司醫療保險卡都可以帶埋，我哋可以幫你直接過數，唔使你自己墊支。
客戶：哦好。洗牙幾錢呀？
姑娘：普通洗牙連檢查大概八百蚊，如果要照X光會另外計，睇完先喺診所俾。
客戶：好，明白。
姑娘：係呢，如果你要改期，最少提早一日打嚟，唔係會收少少手續費㗎。
客戶：OK，冇問題，禮拜六見。
姑娘：好，到時見。診所喺畢打街嗰棟大廈十二樓，出電梯轉左就係。
客戶：好，唔該晒，拜拜。`,
    `前台：您好，这里是{city}爱宠动物医院，请问是豆豆的主人{name}吗？
主人：是我，怎么了？
前台：豆豆的第三针疫苗时间到了，想跟您约一下时间。另外狂犬疫苗也可以一起打。
主人：一起打会不会对狗狗不好啊？
前台：医生说可以同一天打，不过为了保险一点，也可以隔一周。您看您的安排。
主人：那就分开吧，这周六先打第三针。
前台：好的，周六上午十一点可以吗？
主人：可以。要不要空腹？
前台：不用空腹，不过打针前一周不要洗澡，打完也一周内别洗澡。
主人：明白。费用多少？
前台：第三针是一百二，来了在前台付就行，微信支付宝都可以。狂犬疫苗打完以后给您开证明，办狗证要用的。
主人：好的，谢谢。
前台：不客气，周六见，来的时候带上疫苗本哦。`,
    `用户：你好，我想约科目二的考试，但系统里显示没有名额。
驾校客服：您好，请问您是哪个车型？学时够了吗？
用户：C1，学时已经满了，教练说我可以考了。
驾校客服：好的。科目二考试是在交管12123的App上自己预约，目前这个月{city}的考场名额比较紧张，建议您每天早上八点左右刷一下，有人取消就会放出来。
用户：我听说有人可以花钱买名额？
驾校客服：没有这种事情，考试名额都是系统随机分配的，任何人说能收费包约考、保过的都是骗人的，我们驾校也不会收任何“约考费”。
用户：那好吧。那我考之前能再练几次吗？
驾校客服：可以，在我们驾校小程序里约模拟练习，一次两小时，模拟费按考场标准，练的时候在考场现场交。
用户：好的，那我先约个模拟练习。
驾校客服：好的，预约好后教练会联系您，祝您一次通过！`,
  ],
  marketing: [
    `坐席：您好，我是{operator}的客户经理，看到您家的宽带快到期了，现在我们有一个千兆宽带的升级活动，想给您介绍一下，耽误您一分钟可以吗？
用户：你说吧。
坐席：您现在是三百兆的宽带，一个月一百二十九。现在升级到千兆，加一个副卡，每个月只要一百三十九，还送一个路由器和一年的视频会员。
用户：我家就我跟我老婆两个人，三百兆够用了。
坐席：理解。那我们还有一个续约优惠，续约两年的话每个月可以降到一百一十九，不用换套餐。
用户：要签合约啊，那中途要是搬家了呢？
坐席：搬家可以移机，在同一个城市都可以免费移，出了城市的话需要按合同处理。
用户：那我还是考虑考虑吧，到期了再说。
坐席：好的，没问题。您到期前可以在{operator}App里直接续约，或者到营业厅办理，价格是一样的。
用户：好，就这样吧。
坐席：好的，打扰您了，祝您生活愉快。`,
    `喂 您好 我这边是平安保险的 工号{d4} 想跟您介绍一下我们的一个百万医疗险 就是 您现在有没有买过商业医疗保险呢 嗯 我单位有 哦单位有啊 单位的一般是补充医疗 额度可能不高 我们这个是 住院的话最高能报六百万 一年保费就 几百块钱 嗯 我不太需要 我已经买了 哦您已经买了是吗 是哪家的啊 这个就不方便说了 哦好的好的 那您有没有给家里老人买呢 我们也有针对老人的 那个 不用了 真的不用了 好的 那我就不打扰了 另外提醒您一下 如果后续您有投保需求 可以直接在平安的官方App上看 或者到我们门店 不要相信那种说什么保单到期要退保费 要转钱的电话 我们正规的回访都是 九五五一一开头的号码 嗯知道 好 那祝您生活愉快 再见`,
    `顾问：您好，是{fname}吗？我是{gym}的会籍顾问小吴，您上个月来我们店里体验过一次，想回访一下您的感受。
客户：哦，挺好的，就是有点贵。
顾问：理解。我们这周正好有一个周年庆活动，年卡原价三千八，现在两千九百八，还送四节私教课。
客户：我现在工作比较忙，怕办了也去不了几次。
顾问：那我们还有一个季卡，九百九，三个月内有效，比较灵活。
客户：嗯……我还是想再看看，我家附近还有一家便宜的。
顾问：好的没问题。我们的卡都是在前台或者官方小程序里办理，支持七天无理由退卡，您以后有需要可以随时来店里。
客户：好，我考虑一下。
顾问：好的，那我就不多打扰了。对了，上次您体验的那个动感单车课，周三和周五晚上都有，体验客户可以再免费来一次。
客户：真的？那我周五可能去。
顾问：好啊，到时候在小程序约一下课就行。拜拜。`,
    `業務：{name}先生您好，我是中華電信的客服專員，看到您的門號合約下個月到期，想跟您介紹一下續約的方案。
客戶：喔，你說。
業務：您現在是月租五九九的，續約的話，同樣的資費可以升級成5G吃到飽，而且搭配手機的話，最新的機型有專案價。
客戶：我手機才換一年，不需要新手機。
業務：了解，那單純續約的話，月租五九九維持，可以送您每月五十分鐘網內免費通話，或是折抵一百元的帳單。
客戶：我考慮一下好了，想說要不要攜碼到別家。
業務：沒問題。如果您決定續約，可以直接在中華電信App上操作，或是到門市辦理，都是一樣的優惠。
客戶：好，我再看看。
業務：好的，那不打擾您了。另外提醒您，我們不會打電話請您去ATM操作或是給驗證碼，如果有接到類似的電話請直接掛掉。
客戶：好，謝謝。
業務：謝謝您，再見。`,
    `經紀：喂，{surname}生你好，我係友邦嘅理財顧問Kelvin，之前喺商場個攤位你留低咗電話話有興趣了解儲蓄計劃，所以打嚟同你簡單講下。
客戶：哦，係，不過我而家冇咩時間喎。
經紀：明白，我講兩分鐘就得。我哋有個五年供款嘅儲蓄保險，預期回報大概三厘幾，有部分係保證，部分係非保證。
客戶：要鎖幾耐？
經紀：供款期五年，建議持有十年以上，提早退保可能會攞返少過供款。
客戶：咁唔啱我，我可能兩三年後要用錢買樓。
經紀：明白嘅，咁呢個產品未必適合你。如果之後有需要，可以再約出嚟傾，所有文件都會喺我哋公司簽，有冷靜期。
客戶：好呀，遲啲先算。
經紀：好，唔阻你。我會send份產品說明書去你電郵，你得閒睇下，唔使回覆都得。
客戶：OK，唔該，拜拜。`,
    `喂 您好 请问是{name}先生吗 我这边是{city}的一家装修公司 就是看到您那个小区最近交房了 想问问您家里有没有装修的打算 呃 我已经找好装修公司了 哦已经找好了啊 那您是全包还是半包呢 这个 不方便说 哦好的好的 我们这边现在是 有一个免费上门量房 出设计图的活动 就是不收任何费用的 您要是想对比一下 可以 不用了 真的已经签了合同了 好的好的 那打扰您了 如果后面您有软装啊 或者定制家具的需求 也可以联系我们 嗯 好 那个 你们怎么知道我电话的 啊这个 是之前您在我们那个展会上登记过吧 我没登记过 那可能是 不好意思不好意思 那我这边把您的号码标记一下 以后不再打扰您了 嗯 好 再见`,
    `顾问：您好，请问是{name}家长吗？我是{school}附近那个少儿英语培训中心的课程顾问，您上周带孩子来参加过我们的试听课。
家长：对，是我。
顾问：孩子那天表现挺好的，老师说她口语很有天赋。我们现在有一个暑期班，四十八节课，原价六千八，现在报名五千二。
家长：嗯，她挺喜欢的，但是太贵了，而且我们暑假要回老家一个月。
顾问：那我们有一个线上课的版本，不耽误回老家，价格也便宜一些，四千二。
家长：我还是想等开学以后再说吧，现在先不报了。
顾问：好的，理解。我们开学后也有秋季班，到时候再联系您。报名都是在中心前台签合同，付款也是对公账户，可以开发票的。
家长：好的，谢谢。
顾问：不客气，孩子以后有空也可以来参加我们的免费英语角活动，周六下午。
家长：好，有时间去。`,
    `坐席：您好，我是{bank}信用卡中心的，您是我们的白金卡客户，现在有一个分期优惠的活动想跟您介绍一下。
用户：什么活动？
坐席：就是您最近的账单可以申请分期，现在手续费有八折优惠，分十二期的话每期费率是零点五九。
用户：我不需要分期，我每个月都是全额还的。
坐席：好的，明白。那我们还有一个额度提升，您的信用良好，可以临时提额到五万，在我们App里申请就行，不收任何费用。
用户：也不用了，现在的额度够用。
坐席：好的，不打扰您了。您以后如果有需要，都可以在我们的官方App或者拨打卡背面的客服电话办理。
用户：那个，你们打电话都是这个号码吗？
坐席：我们的外呼号码是{bankno}开头的，您可以在官网上查到。如果有人用手机号自称我们行，说要帮您提额收费的，那就是诈骗。
用户：好的，知道了。
坐席：谢谢您，再见。`,
  ],
  personal: [
    `妈：你二舅今天又打电话来了，说想借五万块钱，给你表弟买车。
爸：又借？上次那两万还没还呢。
妈：他说那两万年底一起还，这次是表弟要结婚，女方家里说没车不行。
爸：我不是不想借，咱们家也不宽裕啊，明年{name}还要交学费。
{name}：妈，我的学费我可以自己先申请助学贷款，你们别太担心。
妈：那怎么行，助学贷款要还的。
爸：这样吧，借可以，但是要写个借条，说清楚什么时候还。
妈：都是亲戚，写借条多伤感情。
爸：写了才不伤感情，不写以后说不清楚。上次你小姨家那事你忘了？
妈：那行吧，那我明天去你二舅家，当面把钱给他，顺便让他写个条子。
{name}：要不借三万吧，别全借了，家里留点应急的。
爸：我看行，三万，跟他说清楚，明年年底还。
妈：好吧，我跟他说。哎，现在借钱真是难。`,
    `爸 那个 我下学期的学费要交了 嗯 多少啊 学费加住宿一共是一万二 什么时候交啊 九月一号之前 学校有那个 缴费平台 就是学校官网上那个 嗯 那你把那个通知给我看看 嗯 你看 就这个 学校发的 哦 行 那我这两天在手机上给你交 你不用自己转 我直接在那个平台上交 好的 那个生活费呢 生活费 还是一个月两千吧 够不够啊 够了够了 我还在学校那个 勤工俭学 能挣一点 哎 别太累了 学习要紧 嗯 知道 那个 你妈说你最近瘦了 没有 就是 练了点 健身 哦 那挺好 对了 你们学校那个 有人打电话说你 这个 退学费什么的 你可千万别信啊 嗯 知道 学校说过了 都是在官网上 好 那就行 对了 你那个助学金的申请表 辅导员说要家长签字 嗯 你周末带回来我签 好 吃饭吧 吃饭吃饭`,
    `阿杰：喂，老{surname}，是我，阿杰。
老{surname}：谁？这号码不认识啊。
阿杰：是我啊，我换号了，原来那个号在老家办的，现在搬到{city}了，就办了个本地的。
老{surname}：哦哦哦，听声音是你。你小子搬家怎么都不说一声？
阿杰：这不刚安顿好嘛，工作也刚稳定。跟你说一声新号码，你存一下。
老{surname}：行，存了。微信还是原来那个吧？
阿杰：微信没换，还是那个。就是手机号换了。
老{surname}：好的好的。那你啥时候有空，出来喝一杯？
阿杰：这周六吧，我请客，庆祝一下新工作。
老{surname}：哈哈，你请客我肯定去。去哪儿？
阿杰：就原来那家烧烤店，你家附近那个。
老{surname}：行，那周六晚上七点，不见不散。
阿杰：好嘞，到时候见。哦对了，以后有人用我名义借钱啥的，你先打我电话问问，现在骗子多。
老{surname}：哈哈知道，你要真借钱，我也得当面看着你。`,
    `{name}（姐）：爸这次住院的费用出来了，一共花了两万三，医保报了一万四，自费九千
{fname}（弟）：那我们俩一人一半吧，四千五
{name}（姐）：我算了一下，还有之前请护工的钱，一共三千，你要不出一千五
{fname}（弟）：行，那总共六千，我下个月发工资给你
{name}（姐）：不急，你先顾好你自己，房贷压力也大
{fname}（弟）：没事，这个该出的。对了，爸那个商业保险能报吗？
{name}（姐）：我问过了，要出院以后拿发票和病历去保险公司柜台申请理赔，大概一个月到账
{fname}（弟）：那周末我陪爸去办吧，你上班忙
{name}（姐）：好，材料我都整理好放在爸的抽屉里了，病历、发票、出院小结都有
{fname}（弟）：好的。爸现在怎么样？
{name}（姐）：挺好的，今天还自己下楼走了两圈，就是嘴馋想吃红烧肉，医生说不行
{fname}（弟）：哈哈，周末我给他带点清淡的`,
    `媽：妹妹，這個月的房租妳先幫我墊一下好不好，我那個會這個月標到了，下個月才拿得到錢。
女兒：媽，妳又跟會喔？我跟妳說過很多次很危險耶。
媽：這是妳阿姨她們辦的，都是認識幾十年的老鄰居啦，不會倒。
女兒：認識的才更麻煩，萬一出事大家都不好意思開口。
媽：好啦好啦，這次標完我就不跟了。
女兒：房租多少？還是一萬二嗎？
媽：對，房東說這個月十號前要給他。
女兒：好，那我週末回去的時候直接拿給房東，順便看一下熱水器，妳上次說壞了。
媽：熱水器我已經叫人來修好了，花了兩千五。
女兒：喔，那就好。那個會錢拿到以後不要再拿去投資什麼的，存起來就好。
媽：知道啦，妳跟妳爸一樣囉唆。
女兒：我是關心妳耶。週末我帶妳去吃那家鹽水雞。
媽：好啊好啊。`,
    `阿詩：喂，我哋幾個夾錢買份生日禮物俾阿欣好唔好？
Kelly：好呀，佢話想要個新嘅咖啡機。
阿詩：嗰部大概兩千幾蚊，我哋四個人，每人六百左右啦。
Jason：我OK，但係我今個月有啲緊，可唔可以下個月先俾你？
阿詩：得呀，冇問題，你同我講清楚就得。
Kelly：我聽日返工見到你嗰陣俾現金你得唔得？
阿詩：得，放工嗰陣喺樓下咖啡店等。
Jason：我哋幾時俾佢呀？
阿詩：佢生日係下個禮拜五，不如禮拜六一齊食晚飯，喺旺角嗰間火鍋。
Kelly：好呀，我訂位。
Jason：我負責買蛋糕。
阿詩：好，咁我負責買咖啡機，買完影張單出嚟俾大家睇。
Kelly：正，期待！記得唔好喺群組度講漏口，佢唔知㗎。
Jason：收到，我守口如瓶。`,
    `老公：我跟你说，我那个基金又跌了百分之十了。
老婆：早就跟你说别买那个，你非要跟你同事买。
老公：我哪知道啊，去年买的时候涨得好好的。
老婆：那现在怎么办，要不要割肉？
老公：我看了一下，亏了八千多，现在卖了就是真亏了。
老婆：那你别再往里加钱了啊，上次你说要补仓。
老公：不加了不加了。我就放着吧，反正是闲钱。
老婆：闲钱也不能乱投。我们年底还要给孩子报兴趣班，还有车险要交。
老公：知道知道，车险我已经在保险公司App上看了，今年报价比去年便宜两百。
老婆：那就行。以后投资什么先跟我商量，别听别人说什么稳赚不赔。
老公：好好好，你是财政部长。
老婆：哼，知道就好。晚上吃什么？
老公：我来做吧，给你做个番茄炒蛋赔罪。`,
    `{name}：这个月水电燃气费出来了，一共四百二，我们三个人平分，每人一百四
小美：好的，我晚上回来拿现金给你
阿强：这个月怎么这么贵？
{name}：空调开得多呗，你房间空调一天开到晚
阿强：哈哈，那我多出点，我出两百，你们俩一人一百一
小美：这么大方？
阿强：应该的，我确实开得多
{name}：行，那就这样。另外网费下个月到期了，我在营业厅App里看了，续一年一千二
小美：那每人四百，我没问题
阿强：我也没问题
{name}：好，那我下个月一起交，到时候发截图给你们
小美：对了，楼下那个快递柜好像坏了，昨天我的快递放不进去，快递员放到门卫那了
阿强：物业说明天来修
{name}：好，那这几天有快递就去门卫那拿`,
  ],
  government: [
    `网格员：喂，您好，是{name}阿姨吗？我是咱们社区的网格员小刘。
阿姨：哦，小刘啊，什么事？
网格员：是这样，今年的高龄津贴要做年度认证了，您今年满八十了，可以领每月一百块的高龄津贴。
阿姨：哎哟，那要怎么弄？
网格员：您本人带上身份证和户口本，到社区服务中心一楼的民政窗口登记就可以了，不用交任何钱。要是您腿脚不方便，我们也可以上门帮您办。
阿姨：我腿不太好，你能来最好了。
网格员：好的，那我周四上午带着工作证过来，大概十点，您在家吗？
阿姨：在的在的。
网格员：好。另外提醒您，我们办这个只需要看您的身份证，不会要您的银行卡密码，也不会让您转钱。补贴是直接发到您本人的社保卡上的。有人打电话说要先交手续费才能领补贴，那都是骗子。
阿姨：知道知道，我孙子天天跟我说。
网格员：那就好，周四见。`,
    `民警：喂，你好，请问是{name}吗？我是{city}{gov}派出所的民警，姓王。
市民：是我，什么事？
民警：你前几天是不是丢了身份证？有热心群众在公交站捡到了，交到我们所里了。
市民：啊对对对！我正准备去补办呢，太好了。
民警：那你本人带着户口本或者其他能证明身份的证件，来我们所户籍室领取就行，工作时间是周一到周五，早上九点到下午五点。
市民：好的，那我明天过去。需要带什么吗？
民警：带户口本就行，本人来，不能代领。对了，你丢证这几天，要是有人用你的身份证办了什么卡或者借了贷，你可以查一下征信报告。
市民：好的，谢谢王警官。
民警：不客气。另外提醒你，我们派出所打电话只会让你到所里来办事，不会在电话里跟你说什么案子要你转钱、要你保密，碰到这种一定是诈骗。
市民：明白，谢谢。`,
    `坐席：您好，这里是12366纳税缴费服务热线，请问有什么可以帮您？
纳税人：你好，我想问一下个税年度汇算的事，我今年是需要补税还是退税啊？
坐席：您好，这个需要您本人在“个人所得税”App上登录，进入“综合所得年度汇算”，系统会根据您全年的收入和扣除情况自动计算。
纳税人：我看到显示要补税三百多，为什么啊？
坐席：一般是因为您去年有两处以上的收入，比如换了工作或者有劳务报酬，每个单位分别预扣，合并以后税率就高了。
纳税人：哦，那我去年确实换过工作。那补税怎么交？
坐席：在App里直接点“缴税”，用您本人的银行卡支付就可以。如果补税金额不超过四百元，而且年收入不超过十二万，是可以免于补税的。
纳税人：我年收入没超过，那就是不用交？
坐席：是的，系统会自动判断，您确认提交就可以了。
纳税人：好的，明白了。谢谢。
坐席：不客气。提醒您，税务部门不会通过短信链接让您办理退税，一切以App和办税服务厅为准。`,
    `喂 您好 是{name}吗 我这边是{city}社保中心的 嗯 是我 就是那个 您母亲的养老金 今年要做待遇资格认证了 嗯 您母亲是不是现在住在您那 对 在我这 她年纪大了 嗯 那个 这个认证啊 可以在那个 掌上12333 App里面做 就是刷脸 很简单的 您帮她弄一下就行 不需要来现场 哦 刷脸就行啊 对 刷脸就行 要是刷不了 您也可以带她本人和身份证 来我们中心的服务大厅 或者 社区服务站也能办 好的好的 那个 要交什么钱吗 不用不用 认证是免费的 有人说要交钱的都是假的 嗯 好 那我今晚帮她弄 好的 认证期限是到年底 您尽早办就行 不然会暂停发放 暂停了也不用慌 认证完会补发的 嗯 知道了 谢谢啊 不客气 再见`,
    `书记员：您好，请问是{name}先生吗？我是{city}人民法院民事审判庭的书记员，姓陈。
当事人：是我。
书记员：您作为原告起诉的那个买卖合同纠纷案，案号是{case}，已经排期开庭了，时间是{date}上午九点半，在第三法庭。
当事人：好的，需要准备什么？
书记员：请您带上身份证原件、证据材料的原件，就是您起诉时提交的合同、转账记录这些。如果委托律师，律师带授权委托书和律师证。
当事人：我没请律师，自己去。
书记员：可以的。传票会通过邮寄送达到您登记的地址，您也可以在“人民法院在线服务”小程序上查看电子传票。
当事人：好的。那个诉讼费之前已经交了，还要交别的吗？
书记员：不用了，您已经交过了。后续如果判决，诉讼费由谁承担会在判决书里写清楚。法院不会通过电话让当事人交任何费用或者转账。
当事人：明白。
书记员：那就这样，准时到庭，迟到超过三十分钟按撤诉处理。`,
    `承辦人：您好，這裡是大安區戶政事務所，請問是{name}小姐嗎？
民眾：是，我是。
承辦人：您上週在線上預約辦理結婚登記，時間是這週五下午兩點，想跟您確認雙方都會到場嗎？
民眾：會，我跟我先生都會去。
承辦人：好的，請兩位都帶身分證、印章，還有書面的結婚證書，上面要有兩位證人的簽名。
民眾：證人一定要到嗎？
承辦人：證人不用到場，只要在結婚證書上簽名就可以。另外如果要換新的身分證，配偶欄會更新，要帶一張兩吋的照片，工本費是五十元，現場繳。
民眾：好，那還要準備什麼嗎？
承辦人：戶口名簿如果有的話也可以帶，方便一起更新。
民眾：好的，謝謝您。
承辦人：不客氣，恭喜兩位！週五見。如果當天需要改時間，請用戶政的線上預約系統取消再重約就可以。
民眾：好，謝謝。`,
    `警員：喂，你好，請問係咪{surname}先生？呢度係旺角警署失物認領處。
市民：係，係咩事？
警員：你上個禮拜喺港鐵站遺失咗個銀包，有市民交咗去車站，之後轉咗嚟我哋警署。入面有你嘅身份證同兩張銀行卡。
市民：真係？太好喇，我仲以為冇咗。
警員：你可以喺辦公時間親身嚟警署報案室認領，記得帶返你報失時嘅報案編號，同埋一個身份證明，例如護照。
市民：好，我聽日嚟。使唔使俾錢？
警員：唔使，認領係免費。係喎，你張身份證如果已經報失補領咗，原本嗰張會作廢，到時我哋會交返入境處處理。
市民：我未補領住，等住。
警員：咁就好。另外提提你，警方唔會喺電話叫你轉錢或者俾銀行密碼，有懷疑可以打防騙易熱線。
市民：明白，唔該晒阿sir。`,
    `市民：你好，我想问一下异地就医报销的事情。
医保窗口工作人员：您好，请问您是在外地住院了吗？
市民：对，我上个月在上海住院，回来以后发现没有直接结算，自己全额付了。
医保窗口工作人员：那您之前办理异地就医备案了吗？
市民：没有，我不知道要备案。
医保窗口工作人员：没关系，可以回来手工报销。您需要带上身份证、医保卡、住院发票原件、费用明细清单、出院小结，到我们医保局的服务大厅办理。
市民：报销比例会不会少？
医保窗口工作人员：没有备案的话，报销比例会比备案的低一些，大概低十个百分点。以后去外地就医，建议提前在“国家医保服务平台”App上做备案。
市民：好的，那钱多久能到？
医保窗口工作人员：审核通过后二十个工作日左右，直接打到您的社保卡金融账户。我们不会打电话让您交手续费或者提供银行卡密码。
市民：好的，谢谢。`,
  ],
  english: [
    `A: Hiya, it's me. Are you still up for Saturday?
B: Yeah, course. What time were you thinking?
A: Train gets into Leeds about half ten, so shall we say eleven outside the Corn Exchange?
B: Sounds good. Is Jess coming?
A: She said maybe, depends if she can swap her shift at the café. She'll text you.
B: Alright. I was thinking we could do brunch first, then the market, then maybe the pub quiz at the Lamb in the evening?
A: Love it. Last time we came second and the prize was a twenty quid bar tab, remember?
B: Ha, yeah, and Tom spent it all on crisps. Are you staying over or going back the same night?
A: I'll stay if that's OK, I can kip on the sofa. I'll bring the air mattress back, by the way, sorry I kept it so long.
B: No worries. Oh, I changed my number last week, new phone contract, did you get my text?
A: I did, saved it. I actually thought it was one of those dodgy "hi mum" messages at first.
B: Ha, fair enough, I did just say "new number, save this".
A: Anyway, see you Saturday, eleven o'clock.
B: See you then, safe travels.`,
    `Agent: Hello, this is the fraud prevention team at {banken}, my name is Marcus. Am I speaking with {fname}?
Customer: Yes, speaking.
Agent: Thanks. We've noticed an unusual transaction on your debit card ending {d4} and we wanted to check it with you. I won't ask for your PIN, password or any one-time code on this call.
Customer: OK, good to know. What's the transaction?
Agent: It's a payment of about four hundred and eighty dollars to an electronics retailer in Miami, attempted at 2:14 this morning. We declined it.
Customer: That's not me, I'm in Ohio and I was asleep.
Agent: Understood. I've now blocked the card. If you open the {banken} app, you'll see a notification under Card Security. Could you tap "Not me" on that transaction so it's logged under your own login?
Customer: One sec... done, it says the report's been submitted.
Agent: Perfect. A replacement card will arrive in five to seven business days. If anyone calls you saying they're from us and asks you to move money to a "safe account", hang up and call the number on the back of your card.
Customer: Will do. Thanks, Marcus.
Agent: You're welcome, have a good day.`,
    `Receptionist: Good morning, Parkside Surgery, Debbie speaking.
Patient: Hi, I'd like to book an appointment with Dr Khan, please. It's about my asthma review.
Receptionist: Can I take your name and date of birth?
Patient: {fname} Walsh, fourteenth of May, nineteen eighty-two.
Receptionist: Thank you. Dr Khan's fully booked this week, I'm afraid. Asthma reviews are actually done by our practice nurse, Sue, now. She's got a slot on Thursday at ten past nine, or next Monday at half two.
Patient: Thursday's fine.
Receptionist: Lovely, that's booked. You'll get a text confirmation from us, it just has the date and time, no link or anything. Please bring your inhalers so she can check your technique.
Patient: Great. Also, my repeat prescription's due, can I order that now?
Receptionist: You can order it through the NHS App, or I can pop a note on for you. Which pharmacy do you use?
Patient: Boots on the High Street.
Receptionist: That's done, it should be ready in two working days. Anything else?
Patient: No, that's everything. Thanks, Debbie.
Receptionist: No problem, see you Thursday.`,
    `Driver: G'day, is that {fname}? It's Craig from {courieren}, I've got a parcel for you, looks like a big box from {shopen}.
Customer: Oh yeah, that'll be the barbecue. I'm not home though, I'm at work till five.
Driver: No worries. Is there somewhere safe I can leave it? It's pretty heavy, I wouldn't want to leave it on the footpath.
Customer: Could you put it round the side, next to the water tank? There's a gate, just lift the latch.
Driver: Yeah, can do. I'll take a photo so you've got proof of delivery, it'll show up in the tracking.
Customer: Perfect. Do I need to sign anything?
Driver: Nah, the sender marked it authority to leave, so you're right. Nothing to pay either, it's all prepaid.
Customer: Good, because I got a text yesterday saying there was a redelivery fee and I nearly clicked it.
Driver: Yeah mate, heaps of those going round. We never text you asking for money, if there's ever an issue you'll see it in the official app.
Customer: Cheers, Craig. Thanks for calling.
Driver: No dramas, have a good one.`,
    `Tenant: Hi Mr Lim, this is {fname} from unit 08-12. Sorry to bother you on a Sunday.
Landlord: Hello, no problem lah. What happened?
Tenant: The aircon in the master bedroom is leaking again, water dripping on the floor since last night.
Landlord: Aiyo, again ah? OK, I will call the aircon guy tomorrow. Can he come in the afternoon? You at home?
Tenant: I'm working from home tomorrow, so afternoon is fine.
Landlord: OK, I'll ask him to come around two. The servicing cost I will pay, it's under the contract.
Tenant: Thanks. Also, about the rent, my company is changing payroll date, so next month I may pay on the fifth instead of the first. Is that alright?
Landlord: Can, no problem. Just transfer to the same account as usual, the one in the tenancy agreement. Don't send to anyone else, ah, if anybody messages saying I change bank, call me first.
Tenant: Sure, I'll check with you. And the lease renewal in March, are you keeping the rent the same?
Landlord: Let me think first, maybe same. We talk next month.
Tenant: OK, thank you, Mr Lim.
Landlord: OK, bye bye.`,
    `Mom: Beta, did you pay your college fees? The last date is Friday, no?
Rohan: Not yet, Mom. I was going to ask you. It's ninety-two thousand for this semester, including hostel.
Mom: Ninety-two? Last time it was eighty-five.
Rohan: They increased the hostel charges. The circular is on the college website, I'll show you when I'm home.
Mom: OK. Papa will pay it directly on the college fee portal, don't take the money in your account. Last time your cousin's friend lost money paying some agent.
Rohan: Yes, yes, it's only through the portal. You log in with my student ID and pay by net banking, it gives a receipt immediately.
Mom: Good. And your mess money for the month?
Rohan: Five thousand is enough. I'm also getting the scholarship refund from last year, the state one, it came in my bank account yesterday.
Mom: Arre wah, good. Then keep that for books.
Rohan: I will. I'm coming home on Saturday, can you make rajma?
Mom: Of course. Tell Papa the exact amount tonight, he'll pay it tomorrow morning.
Rohan: OK, Mom. Love you, bye.`,
    `{fname}: hey it's Priya!! new number, got a new phone, my old one died in the lake lol
Sam: wait what lake
{fname}: the one at the camping trip, long story. anyway save this number
Sam: haha ok but prove it's you, what did we eat at my 21st
{fname}: that awful vegan lasagne your aunt made and we all pretended to like it
Sam: ok it's definitely you 😂 saved
{fname}: lol. are you coming to Mia's on friday?
Sam: yeah! what should we bring
{fname}: she said drinks and maybe a dessert. I'll do brownies
Sam: I'll bring the wine then. what time?
{fname}: 7ish. also do you still have my blue jacket
Sam: yes sorry!! I'll bring it friday
{fname}: perfect. also heads up someone's been sending "hi it's me new number" texts asking people for money, so if "I" ever ask for cash just call me lol
Sam: noted haha. see you friday
{fname}: see ya x`,
    `Advisor: Thanks for calling Lakeside Toyota service, this is Brianna. How can I help?
Customer: Hi, I got a letter about a recall on my RAV4, something about the fuel pump? I wanted to book it in.
Advisor: Sure thing. Can I get your VIN or your license plate?
Customer: Plate's {plate}.
Advisor: Got it. Yes, your vehicle is included in that recall. The repair is completely free, parts and labor, and it takes about two hours.
Customer: Great. I'm also due for an oil change, can you do both the same day?
Advisor: Absolutely. The oil change would be your normal cost, about sixty-nine dollars with the synthetic, and you'd pay that at the desk when you pick up.
Customer: Fine. Do you have anything Wednesday morning?
Advisor: Wednesday at eight works. We can also give you a loaner car if you need one.
Customer: That'd be great, I need to get to work.
Advisor: No problem, I've noted it. You'll get a reminder text the day before. Just bring your license and insurance card for the loaner.
Customer: Perfect, thanks Brianna.
Advisor: You're welcome, see you Wednesday.`,
    `Ms Hughes: Hello, is that {fname}'s mum? It's Ms Hughes, from {school}, the PTA coordinator.
Parent: Yes, hi, is everything OK?
Ms Hughes: Oh yes, all fine! I'm ringing because your ticket won the raffle at the summer fair on Saturday. You've won the hamper from the farm shop!
Parent: No way, I never win anything! Which one was it?
Ms Hughes: The big one with the cheeses and the wine. It's quite heavy, so we've kept it in the school office.
Parent: Brilliant. Can I pick it up at the gate tomorrow?
Ms Hughes: Of course, the office is open from half eight. Just bring your raffle ticket stub, or if you've lost it, we've got your name on the list anyway.
Parent: I think it's still in my coat pocket. Do I need to do anything else?
Ms Hughes: No, nothing at all, just come and collect it. We raised over nine hundred pounds for the new library, so thank you for buying tickets.
Parent: That's lovely. Thanks so much for calling.
Ms Hughes: My pleasure, see you tomorrow.`,
    `Agent: Thank you for calling {shopen} customer service, my name is Jordan. How can I help?
Customer: Hi, I returned a pair of headphones two weeks ago and I still haven't got my refund.
Agent: Sorry about that. Can I have the order number?
Customer: It ends in {d4}.
Agent: Thanks. I can see the return was received at our warehouse on the {dateen}, and the refund was issued the next day to the original card you paid with.
Customer: Well, I don't see it on my statement.
Agent: Card refunds can take up to five to ten business days to show, depending on your bank. It was issued six business days ago, so it should appear very soon. I can email you the refund confirmation with the reference number, which your bank can use to trace it.
Customer: OK, please do.
Agent: Done, you should have it now. You'll never need to give us card details or codes to get a refund; it always goes back to the original payment method automatically.
Customer: Good to know. I'll wait a few more days then.
Agent: If it hasn't arrived by Friday, just reply to that email and we'll look into it.
Customer: Thanks, Jordan.`,
    `Rep: Hi, is this {fname}? My name's Tyler, I'm calling from {operatoren} about your home internet plan.
Customer: Uh, yeah, what's this about?
Rep: So you're currently on our 200 megabit plan, and right now we've got a free upgrade offer to 500 megabit for the same monthly price if you sign a twelve-month contract.
Customer: Hmm. I'm actually thinking of switching providers when my current deal ends.
Rep: I understand. I can also add a free streaming subscription for six months, and there's no setup fee.
Customer: Thanks, but honestly I don't need faster internet, it's just me and I mostly read emails.
Rep: Totally fair. Would you like me to note that you're not interested, so we don't call again?
Customer: Yes please, that would be great.
Rep: Done. If you change your mind, the offer's listed in your online account under Plans. Is there anything else I can help with?
Customer: No, that's all. Thanks for not being pushy.
Rep: Ha, no worries. Have a great evening.`,
    `Lauren: urgent!! can anyone swap shifts with me on thursday? my kid's got a school play
Dev: what shift
Lauren: the 6am to 2pm on the ward
Dev: I'm on nights wednesday so can't do early thursday sorry
Kate: I can do it if you take my saturday late
Lauren: deal!! saturday 2 till 10?
Kate: yep
Lauren: you're a lifesaver. I'll tell Sister Collins and update the rota
Dev: btw did anyone else get a weird email saying our payroll account is locked and we need to "verify"?
Kate: yes!! it's fake, IT sent a message about it this morning
Lauren: ugh, I nearly clicked it. I'll delete it
Dev: IT said just report it with the phishing button in Outlook
Kate: also payslips are only on the staff portal anyway
Lauren: thanks guys. Kate I owe you a coffee
Kate: a large one 😂
Lauren: done`,
  ],
};
