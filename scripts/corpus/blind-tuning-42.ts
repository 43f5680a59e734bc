/**
 * Blind tuning set #42 (genuine only; LONG texts — whole call transcripts and chat logs of 300–1,200 characters, 8 per
 * category, 12 English; session 14). Measured once on arrival (session 14's first fixes on 5ef1808), 3 renderings per
 * template: 41 % flagged (bank 62.5, lender 33.3, otp 50, delivery 50, appointment 25, marketing 75, personal 37.5,
 * government 62.5, English 8.3 %) — the scam_language model saturated on long texts (√n normalisation) and the rules,
 * whose advisory guard is off in transcripts, read the staff's own warnings ("我们不会让您转账") as the script.
 *
 * BLIND_GENUINE_42 — long genuine (non-fraud) conversations: whole phone-call transcripts and
 * chat logs of roughly 300–1,200 characters, modelled on the negative class of public
 * fraud-dialogue data sets (ordinary customer-service calls, collection reminders from
 * licensed institutions, courier calls, family chats, etc.).
 *
 * Written BLIND to the classifier: no classifier code, rules, tests or data were seen.
 *
 * Styles: speaker-labelled turns (A:/B:, 客服：/客户：, 坐席/用户, left:/right:, 1:/2:),
 * unlabelled ASR-like text with fillers and little punctuation (嗯 啊 那个 就是 对对对),
 * and chat logs with names; English calls/chats in UK/US/SG/IN/AU registers.
 * They deliberately share vocabulary with scams (逾期, 验证码, 上门, 客服, 公安, 退款, 贷款,
 * 额度, 快递, 理赔, 补贴, 注销, 冻结, 账户, 转账, refund, new number, urgent …) but never ask
 * for a code, an up-front fee, a transfer to a "safe"/personal account, or a link on an odd domain.
 *
 * Sources: only general public DESCRIPTIONS of how legitimate bank/lender/courier/government
 * calls are conducted and of how fraud-dialogue corpora structure their non-fraud class
 * (e.g. public anti-fraud awareness pages of police/banks describing "what a real call sounds
 * like"); no texts or data sets were copied.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_GENUINE_42_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    `客服：您好，请问是{surname}先生吗？我这边是{bank}信用卡中心的，工号{d4}。
客户：对，我是，什么事？
客服：是这样的，您尾号{d4}的信用卡本期账单{amount}元，到期还款日是{date}，目前系统显示还没有入账，已经[逾期|超过还款日]{days}天了，跟您核实一下是不是忘记还了。
客户：哎呀，最近出差给忘了。那我现在怎么还？
客服：您可以直接打开{bank}的官方手机银行App，在“信用卡—还款”里面用本人的借记卡还款，或者到任意一个网点柜台办理也可以。我们这边不会让您转账到任何个人账户，也不会向您索要验证码。
客户：好的，那逾期会影响征信吗？
客服：逾期时间短的话，您今天还上，系统会按规则处理，具体的利息和违约金在App账单里都能看到。如果您对费用有疑问可以回拨我们卡背面的客服电话{bankno}。
客户：行，我一会儿就在App里还。
客服：好的，感谢您的配合，祝您生活愉快，再见。`,
    `坐席：喂您好，这里是{bank}{city}分行营业部，请问是{name}女士吗？
用户：是我。
坐席：您上周在网上预约了{date}上午来网点办理大额存单和修改预留手机号，我跟您确认一下时间还方便吗？
用户：方便的，大概几点过去？
坐席：您预约的是{time}，到了直接在叫号机上刷身份证取号就行。修改预留手机号需要您本人带身份证和银行卡原件到柜台，这个不能代办，也不能电话里办理。
用户：那我老公能陪我一起吗？
坐席：可以陪同，但业务要您本人签字。另外提醒一下，我们网点不会打电话让您提供卡密码或者短信验证码，如果有人这么说，您直接挂掉就好。
用户：嗯嗯好的，我知道了。那大额存单利率现在多少？
坐席：这个每期不一样，您来了柜台会给您看当期的产品说明，也可以在手机银行“存款”栏目里查。
用户：好，那就{date}见。
坐席：好的，再见。`,
    `嗯喂你好 请问是{name}吗 啊对对我是 哎您好我这边是{bank}反欺诈中心的 就是我们系统监测到您的借记卡刚才 嗯大概十几分钟之前有一笔{amount}元的消费 在外地一个商户 想跟您核实一下是不是您本人操作的 啊 不是啊 我一直在家呢 好的那您先别着急 我们这边已经先把这笔交易拦截了 没有扣款成功 您这张卡现在是临时冻结状态 就是为了保护您的资金 那我要怎么办 您打开我们{bank}的手机银行App 在首页消息里面会看到一条交易提醒 您点进去确认一下是不是本人 选“非本人交易” 然后App会引导您挂失补卡 也可以带身份证到附近网点办 嗯 那你们需要我的密码吗 不需要的 我们不会问您密码也不会要验证码 您也不要把验证码告诉任何人 包括自称我们银行的人 哦好好好 那卡里钱没事吧 没事的余额都在 您可以在App里看一下 好的谢谢啊 不客气 有问题打我们官方客服{bankno} 再见`,
    `A: 你好，请问是{surname}女士吗？这里是{bank}个人贷款部。
B: 是我，房贷的事吗？
A: 对，您的住房贷款这个月的月供{amount}元扣款没有成功，扣款卡余额不足，现在是还款日后第{days}天。
B: 啊，我工资卡换了，忘了往那张卡里存钱。
A: 没关系，您今天往原来的扣款卡里存够钱就行，系统晚上会再自动扣一次，也可以在手机银行“贷款—提前还款/逾期还款”里面主动还。
B: 我能不能换一张扣款卡？
A: 可以的，变更扣款账户需要您本人带身份证到贷款经办网点签一个变更协议，或者在手机银行里看有没有“还款账户变更”的入口。
B: 那这次算逾期吗，会上征信吗？
A: 按合同约定会有少量罚息，您尽快处理的话我们会按规定报送，具体以人民银行征信中心记录为准。这个电话只是提醒，我们不会让您转账到其他账户。
B: 明白，我下午去存钱。
A: 好的，谢谢您，再见。`,
    `客户：喂，你好，我刚收到一条短信说我的卡额度调整了，是你们发的吗？
客服：您好，这里是{bank}客服热线，为了您的信息安全，我这边先不核对敏感信息，您能说一下短信是哪个号码发的吗？
客户：是{bankno}发的，说我信用卡额度从{amount}调到{amount2}。
客服：{bankno}是我们的官方号码。额度调整是系统根据您的用卡情况自动评估的，不需要您做任何操作，也不收任何费用。
客户：那我不想提额，可以调回去吗？
客服：可以的，您在{bank}App的“信用卡—额度管理”里可以自己调低，或者我这边帮您提交申请，需要您先在语音里按键验证身份，不用告诉我任何密码。
客户：那我自己在App里弄吧。
客服：好的。另外提醒您，如果有人打电话说可以帮您“提额”或者“降息”要收手续费，那都不是我们，我们不会收任何提额费用。
客户：懂了，谢谢。
客服：不客气，还有别的可以帮您吗？
客户：没了，再见。`,
    `{bank}在线客服聊天记录
用户：你好，我的卡被冻结了，转账转不出去
智能客服：您好，请问是提示“账户状态异常”还是“非柜面交易受限”？
用户：非柜面交易受限
人工客服{d3}号：您好，我是人工客服。这种情况一般是账户长期未使用或者信息需要更新，根据监管要求暂时限制了手机银行转账额度。
用户：那怎么解除？我要交房租
人工客服{d3}号：您需要本人携带身份证和这张银行卡到任意网点柜台，工作人员核实后可以调整限额。网点营业时间是工作日九点到五点，周末部分网点营业，您可以在App“网点查询”里看。
用户：不能线上办吗
人工客服{d3}号：很抱歉，这类业务需要本人到柜面核实。请您注意，我们不会通过电话或者链接让您“解冻”，也不会要求您转账验证。
用户：好吧，那我明天中午去
人工客服{d3}号：好的，您也可以先在App上预约取号，到了少排队。请问还有其他问题吗？
用户：没了谢谢
人工客服{d3}号：感谢您的咨询，祝您生活愉快。`,
    `left: 喂，{name}你好，我是{bank}{city}支行的客户经理小{surname}，上次给您办理理财的那个。
right: 哦哦记得，小{surname}你好。
left: 就是跟您说一下，您那笔{amount}元的定期理财是{date}到期，到期本金和收益会自动回到您的活期账户，不用您操作。
right: 好的，那到期以后有什么新产品吗？
left: 有几款，但我们现在有规定，不能电话里给您推荐购买，您有兴趣可以来网点，我们做风险评估以后再给您看产品说明书，您自己决定。
right: 那收益大概多少？
left: 这个我不能给您承诺收益，理财都有风险，过往业绩不代表未来。您来了我把说明书给您看。
right: 行，我下周有空过去。
left: 好的，您来之前给我打个电话就行，还是这个号码。对了，最近有冒充我们客户经理加微信拉群炒股的，您注意一下，我不会拉您进任何投资群。
right: 哈哈好，我知道了，谢谢提醒。
left: 不客气，那先这样，再见。`,
    `客服：您好，{bank}信用卡中心，请问有什么可以帮您？
客户：你好，我这张卡逾期了两个月了，最近手头紧，想问问能不能分期还。
客服：理解您的情况，请您先通过语音按键验证一下身份……好的，验证通过。您目前欠款{amount}元，确实逾期{days}天了。
客户：对，我想申请那个个性化分期，听说可以分好几年？
客服：是有个性化分期还款协商的政策，需要您提交一些材料，比如收入证明或者困难证明。您可以在我们的官方App“账单分期”里提交申请，也可以我这边帮您登记，后续会有专员用{bankno}回访您。
客户：要不要交什么手续费啊？外面有人说可以帮我“停息挂账”，收五千块服务费。
客服：千万不要相信这种代理机构，协商分期直接找银行就可以，不需要任何中介费用。分期本身的费率我们会在协议里写清楚，您同意后才生效。
客户：好的，那你帮我登记吧。
客服：已经帮您登记了，预计三到五个工作日内回访，期间您能还多少先在App里还一部分，可以减少利息。
客户：好，谢谢你。`,
  ],
  lender: [
    `催收员：您好，请问是{name}先生吗？我是{lender}委托的贷后服务专员，工号{d4}。
客户：是我，什么事？
催收员：您在{lenderapp}上的借款，本期应还{amount}元，还款日是{date}，目前已经逾期{days}天，今天打电话提醒一下。
客户：我知道，最近工资晚发了，下周一定还。
催收员：理解。您方便的时候直接打开{lenderapp}App，在“我的借款”里点“立即还款”就可以，系统会从您绑定的银行卡扣款。我们不会让您转到任何个人账户或者其他平台。
客户：那逾期这几天会收多少罚息？
催收员：罚息是按合同约定的日利率计算的，您在App借款详情里能看到具体金额，如果对费用有异议可以拨打官方客服热线申请核查。
客户：行，那你们别老打电话，也别打我家里人电话。
催收员：好的，我们只联系您本人，也会按规定时间段联系。您下周几方便还？我给您备注一下。
客户：周一吧。
催收员：好的，已经备注了，感谢您的配合，再见。`,
    `嗯 喂您好 这边是{lender}客服中心 请问是{surname}女士吗 对 啥事 是这样的 您那个借款呢这个月已经逾期十几天了 然后 就是想问一下您这边是遇到什么困难了吗 哎我最近生病住院了 钱都花在医院了 哦 那您身体要紧啊 那个 我们这边呢是有一个延期还款的申请 就是您在{lenderapp}里面 点“客服” 然后选“还款困难协商” 上传一下住院的材料 审核通过了可以给您调整还款计划 嗯 要交钱吗 不用不用 申请是免费的 也不需要找什么中介 您自己在App里提交就行 好 那我现在先还一点行不行 可以的 您能还多少先还多少 在App里还 能减少一点利息 然后剩下的等协商结果出来 我们会短信通知您 好的好的 谢谢啊 不客气 祝您早日康复 有问题拨打官方客服电话 号码在App“关于我们”里面能查到 好 再见`,
    `客户：喂，是{lender}吗？我想问一下提前还款的事。
客服：您好，这里是{lender}官方客服热线，很高兴为您服务。请问您的借款是在哪个渠道申请的？
客户：在{lenderapp}上，借了{amount}，分了十二期，现在还了五期，想一次性还清。
客服：好的，支持提前结清。您在App“我的账单”里面点“提前还款”，系统会显示需要还的本金和当期利息，确认以后从您本人绑定的银行卡扣款。
客户：有没有提前还款违约金？
客服：根据您签的合同，提前结清不收违约金，只算到当期的利息，具体金额以App显示为准。
客户：那我昨天接到个电话，说我要注销账户得先交保证金，是你们吗？
客服：不是的，我们不会收取任何保证金，也不会要求您转账到个人账户“注销”。那很可能是诈骗电话，建议您不要理会，必要时可以拨打96110反诈专线或者报警。
客户：好，我就在App里还。
客服：好的，还清后可以在App申请结清证明，还有什么可以帮您？
客户：没了，谢谢。`,
    `1: 你好，这里是{lender}贷后部门，请问是{name}吗？
2: 是我，我知道我逾期了，你们要怎样？
1: 您别着急，我这边只是做个提醒，核实一下您的情况。目前欠款{amount}元，逾期{days}天。您是暂时周转不开吗？
2: 对，公司裁员了，现在在找工作。
1: 明白。那我们可以一起看看方案。按规定，您可以申请分期还款，比如把欠款分成{n}期，每期还款金额会小一些。申请是在{lenderapp}里面提交，不需要额外交钱。
2: 分期的话利息多吗？
1: 分期方案的利率会在App里展示清楚，您确认了才会生效。您不同意也可以不签。
2: 那我先申请看看吧。你们不会去我单位找我吧？
1: 不会的，我们不会上门骚扰，也不会联系您的通讯录好友。如果您对我们的服务有投诉，可以打官方投诉热线。
2: 好，那我晚上在App里申请。
1: 好的，我帮您把催收暂停几天，等您申请结果。祝您早日找到工作。
2: 谢谢。`,
    `【{lenderapp}在线客服】
用户 {name}：你好，我的额度怎么突然变成0了？之前还有{amount}的额度
客服小{surname}：您好，额度是系统根据综合评估动态调整的，可能和您最近的用信情况、还款记录等有关。
用户 {name}：可是我一直按时还款啊，没逾期过
客服小{surname}：理解您的疑惑。额度调整不代表您有不良记录，也不会影响征信。一般一到三个月后系统会重新评估。
用户 {name}：有人打电话说交{small}元会员费就能恢复额度，是真的吗
客服小{surname}：不是的，我们不存在付费恢复额度、付费提额这种业务，也不会让您刷流水或者交解冻金。请您不要相信，也不要点陌生链接。
用户 {name}：好的，那我就等等吧
客服小{surname}：好的，您也可以在App“额度”页面点“重新评估”提交申请，免费的。还有其他问题吗？
用户 {name}：没了
客服小{surname}：感谢您的咨询，祝您生活愉快~`,
    `A：喂，{surname}哥吗？我是{lender}的，跟您说一下上个月那个车贷的事。
B：哦，我记得，这个月我已经还了啊。
A：对对，这个月是还了，我看到了。是上个月的{amount}元晚了{days}天，系统产生了一点罚息，{small}块钱，还没结清。
B：啊？还有这个？我不知道。
A：嗯，因为您是手动还的本金，罚息那部分系统没扣到。您下次还款的时候一起还就行，或者现在在我们App“车贷—账单”里面单独还一下。
B：那不还会怎样？
A：金额不大，但是一直挂着的话会显示有未结清，还是建议您处理一下。不用转给我，就在App里还，钱直接到公司对公账户。
B：好，我等下看看。你们这个罚息怎么算的？
A：合同里写的是逾期部分按日万分之几计算，App里可以看到明细。您有疑问的话也可以到我们门店来，我当面给您解释。
B：行，没事，我在App还了吧。
A：好的{surname}哥，麻烦您了，再见。`,
    `客服：您好，{lender}，工号{d4}为您服务。
客户：你好，我想问我的借款合同能不能打印一份？要办签证用。
客服：可以的。您在{lenderapp}“我的—合同与协议”里面可以下载电子版合同，带有电子签章，一般是有效的。
客户：还要一个结清证明，我上个月已经还清了。
客服：好的，我帮您查一下……您的借款已在{date}全部结清。结清证明可以在App“结清证明”里面申请，提交后一到三个工作日会发到您的邮箱。
客户：要收费吗？
客服：不收费的。
客户：还有，我朋友说他接到电话，自称你们公司的，说他的贷款影响征信要注销，要他转钱，你们有这种业务吗？
客服：没有的。我们不会以注销账户、消除征信记录为由要求转账。征信记录只能由征信中心按规定更正，任何人都不能花钱“修复”。建议您朋友直接挂断并报警。
客户：好，我跟他说。
客服：感谢您的提醒，请问还有其他问题吗？
客户：没有了，谢谢。`,
    `喂 您好 请问是{name}吗 是 哪位 您好 我这边是{lender}的贷后专员 关于您在我们这边的一笔消费贷款 已经逾期{days}天了 然后我今天是第二次给您打电话 上次您说月底还 现在是想问一下进度 哦 那个 我这个月真的没钱 能不能再宽限一下 嗯 我这边理解 但是您也知道逾期时间越长 罚息越多 而且按照规定会如实报送征信 所以还是建议您尽快 您看这样行不行 您先还一部分 比如说先还{amount2}的一期 剩下的我们帮您申请延后 嗯 那我怎么还 就是在{lenderapp}里面 还款页面选“部分还款” 直接用您本人的卡 不要转给任何个人 我们公司也从来不会让您转到个人账户 好 那我下周五发工资了还一期 好的 我给您备注下周五 到时候我不打扰您 您自己在App里操作就行 嗯好 那先这样 谢谢 再见`,
  ],
  otp: [
    `用户：喂，你好，我注册{app}账号一直收不到验证码，点了好几次了。
客服：您好，请问您是用什么手机号注册的？您只说前三位和后四位就可以。
用户：{d3}开头，后四位{d4}。
客服：好的，我查了一下，系统显示验证码短信已经下发了三次，可能是被手机的骚扰拦截了。您看一下短信里的“拦截”或者“垃圾信息”文件夹。
用户：哦……找到了，真在拦截里。
客服：好的，那您直接在App里输入就可以，验证码五分钟内有效。另外提醒您，这个验证码只能您自己在App里输入，不要告诉任何人，包括我们客服，我们绝对不会向您索要验证码。
用户：那如果有人打电话要呢？
客服：那一定是诈骗，直接挂掉就行。
用户：好嘞，现在登上去了，谢谢啊。
客服：不客气，还有其他问题吗？
用户：没了，拜拜。`,
    `【{app}在线客服】
{name}：你好，我换手机了，登录要短信验证码，但是我原来的手机号已经停用了
客服：您好，手机号不在使用的情况下，可以走“账号申诉”流程。在登录页点“收不到验证码”，然后选“手机号已停用”，按提示上传身份证正反面和人脸识别就可以。
{name}：要多久？
客服：一般一到三个工作日审核完成，审核通过以后您可以绑定新手机号。
{name}：能不能你直接帮我改一下？我把身份证号发给你
客服：为了您的账号安全，在聊天里请不要发送身份证号、密码或者验证码，我们也无法在聊天中直接修改绑定手机号，必须通过申诉流程本人认证。
{name}：好吧，那我去弄
客服：好的，申诉结果会通过新手机号短信通知您。温馨提示：任何自称客服索要验证码的，都是诈骗。
{name}：了解，谢谢`,
    `嗯喂 你好 那个我想问一下啊 就是我刚才没有操作 但是收到一条你们{app}的验证码短信 说是登录验证码 是不是有人在登我的号啊 您好先生 您先别紧张 这种情况一般是有人输错了手机号 或者是有人尝试登录您的账号 但是只要您不把验证码告诉别人 对方是登不上去的 哦 那我要不要改密码 建议您改一下 您打开App 我的 设置 账号与安全 里面修改登录密码 再开一下那个登录设备保护 嗯 那那个验证码我要不要发给你们确认一下 不用不用 千万不要发给任何人 我们客服不需要您的验证码 您直接忽略那条短信就好 好好好 那我现在去改 嗯好的 改完了以后您可以在“登录设备管理”里看一下有没有陌生设备 有的话直接点下线 好的谢谢啊 不客气 祝您生活愉快`,
    `A: 妈，你是不是收到一个六位数的短信？
B: 对啊，刚来了一条，写着什么{app}验证码{code}，谁发的？
A: 是我，我在帮你弄那个医保电子凭证，要绑你的手机号。我就在你旁边，你直接在这个手机上输进去就行。
B: 哦，那我自己输？
A: 对，你自己看着输，我不看。以后要是有人打电话问你要这种短信里的数字，不管说是银行的还是公安的，都别给，听到没？
B: 知道知道，你跟我说八百遍了。
A: 哈哈那就行。好，输完了，现在显示绑定成功了，以后你去药店就出示这个码就行。
B: 那要钱吗？
A: 不要钱，这是国家医保局的官方App，免费的。
B: 好，那你再教我一遍怎么打开。
A: 行，你看，点这个图标，然后点“医保码”……`,
    `坐席：您好，{operator}客服，请问有什么可以帮您？
用户：你好，我这两天收不到任何验证码短信，银行的、{app}的都收不到，别的短信能收到。
坐席：好的，我帮您查一下。请问机主是您本人吗？
用户：是的。
坐席：我看到您的号码开通了一个“拦截106短信”的功能，可能是之前您办理的骚扰拦截服务，把所有106开头的行业短信都屏蔽了。
用户：啊？我没印象啊。
坐席：可能是手机管家之类的设置，也可能是之前在营业厅办的。我这边先帮您取消这个拦截，大概十分钟生效。
用户：好的，要收钱吗？
坐席：不收费的。取消后您再试一下获取验证码。另外提醒您，验证码请自己使用，不要转发给任何人。
用户：好的……哎来了来了，收到了。
坐席：好的，那问题解决了。还有别的需要帮您吗？
用户：没有了，谢谢。
坐席：不客气，稍后可能有满意度短信，麻烦您评价一下，再见。`,
    `家庭群聊天记录
{name}：爸，刚才那个短信验证码你别给任何人啊，是我在网上给你交电话费触发的
爸爸：什么验证码？我没看到
{name}：哦那没事，我改用支付宝交了，不用验证码了
爸爸：我刚才还接到一个电话说是{shop}客服，说我买的东西有问题要退款，让我报个数字给他
{name}：你报了吗？？
爸爸：没有，我说我没在网上买东西，他就挂了
{name}：做得对！！真的客服退款不会要验证码的，退款会原路退回，不用你操作
妈妈：你爸现在警惕性高了
爸爸：那是，天天看反诈宣传
{name}：哈哈，下次有这种电话就直接挂，然后给我打电话
爸爸：好
{name}：电话费交了{small}块，够用两个月`,
    `客户：你好，我刚在你们网站上登录，要两步验证，但是我手机丢了，收不到码。
客服：您好，请问您之前有保存“备用恢复码”吗？开通两步验证的时候系统会提示保存一组备用码。
客户：好像有，我当时截图了，在电脑里。
客服：那您可以在登录时选择“使用备用码”，输入其中一个就行，每个只能用一次。
客户：找到了，我试试……可以了，进去了。
客服：好的。建议您现在在“安全设置”里把两步验证绑到新手机上，旧手机的绑定解除掉。
客户：那我要不要把备用码发给你，你帮我核对？
客服：不需要的，备用码和验证码一样，只有您自己知道，任何人包括我们工作人员都不会问您要。
客户：明白。那手机丢了还要做什么？
客服：建议您联系运营商挂失手机卡并补卡，以免别人用您的号码接收短信。{operator}的补卡需要本人带身份证去营业厅。
客户：好的，谢谢你。
客服：不客气，祝您顺利。`,
    `喂您好 请问是{name}吗 我是{app}安全中心的 不是要您任何信息啊 就是通知一下 您的账号在{date}晚上在{city}有一次新设备登录 系统拦截了 想跟您确认一下是您本人吗 啊 不是 我没去过{city} 好的 那说明您的密码可能泄露了 登录被拦截了 因为对方没有通过短信验证 您账号目前是安全的 那我现在要做什么 您自己打开App 进“账号安全” 修改一下密码 建议不要和其他平台用一样的密码 然后把“新设备登录验证”保持开启 嗯 你们要不要我报一下验证码确认身份 不用的 我们不会问您要验证码 也不会让您点什么链接 您自己在官方App里改就可以 如果不放心 您挂了电话以后 自己在App里找客服 核实一下这个通知 好的好的 我这就改 嗯好的 感谢您的配合 再见`,
  ],
  delivery: [
    `快递员：喂，你好，{courier}的，你有个快递，单号后四位{d4}，你现在在家吗？
收件人：不在啊，我在上班，今天大概七点以后才到家。
快递员：那我给你放{station}行不行？门口那个，放了会发短信给你取件码。
收件人：可以，东西大吗？
快递员：一个中等的箱子，不重，你下班顺路拿一下就行。
收件人：好的，那个驿站几点关门？
快递员：晚上九点半。
收件人：行，那就放那吧。
快递员：好嘞，放好了会有短信，取件码是{pick}那种格式，你到了报手机号后四位也能拿。
收件人：好的，谢谢师傅。
快递员：对了，你这个件是到付还是寄件人付过了？我看一下……是寄件人付过的，你不用再付任何钱。
收件人：好的。那如果驿站说要收费呢？
快递员：不会的，驿站代收是免费的，要是有人发短信说什么补运费、改地址要交钱，那都不是我们。
收件人：明白了，谢谢提醒。
快递员：没事，拜拜。`,
    `嗯 喂 你好 是{surname}先生吗 我这边是{courier}上门取件的 你在网上下了个寄件订单 我大概半个小时以后到你那边 你在家吧 在的在的 你是寄什么东西啊 就是几件衣服 还有一个小的电饭煲 哦电饭煲要包一下啊 有泡沫吗 没有 那我带个箱子过去 箱子的钱到时候在小程序里一起付 运费加箱子大概{small}块钱 你到时候在{courier}官方小程序上确认支付就行 不用给我现金 也不用转我微信 哦好的 那地址你知道吧 {city}那个小区 {d3}号楼 知道知道 订单上有 我到楼下给你打电话 你下来一下或者我上去都行 你上来吧 十二楼 电梯能到 好嘞 那个你要不要保价 电饭煲是新的吗 不是新的 用了一年了 那就不用保价了 包好一点就行 如果路上真磕了 你在小程序里申请理赔 我们按规定赔 嗯嗯 好的 那待会见`,
    `客服：您好，{shop}客服{name}为您服务，请问有什么可以帮您？
客户：你好，我买的杯子到了，打开一看碎了一个。
客服：非常抱歉给您带来不好的体验。麻烦您在订单页面点“申请售后”，选“商品破损”，上传一下外包装和破损商品的照片。
客户：要不要退回去？
客服：破损的商品一般不需要寄回，审核通过以后会直接给您补发或者退款，您可以选择。退款会原路退回到您的支付账户，一般一到三个工作日到账。
客户：那我选补发吧。
客服：好的。提交之后大概24小时内会有审核结果，您在App的售后进度里能看到。
客户：好的。对了，昨天还有个人打电话说是你们客服，说要给我理赔，让我加他QQ，是你们吗？
客服：不是的，我们所有的售后都在App里处理，不会让您加QQ、下载其他软件或者共享屏幕，也不会让您“刷流水”领理赔。请您不要理会。
客户：好，那我就在App里弄。
客服：感谢您的理解，还有其他问题吗？
客户：没了，谢谢。`,
    `左: 喂您好，请问是{name}女士吗？我是{courier}{city}网点的客服。
右: 是我，怎么了？
左: 您有一个从{city}寄来的包裹，单号{d12}，在运输过程中外包装有破损，我们网点在扫描的时候发现了，想跟您确认一下里面是什么东西。
右: 好像是我妈给我寄的土特产，一些干货。
左: 好的。我们拍照看了里面的东西基本完好，就是外箱破了，我们已经重新加固了。今天下午派送，您签收的时候可以当面开箱检查一下。
右: 如果东西有问题怎么办？
左: 如果有损坏，您直接拒收或者签收时备注，然后在{courier}官方App或者寄件人那边发起理赔，按照保价规则赔付，这个我们会走正规流程，不需要您垫付任何费用。
右: 好的好的，那下午几点送到？
左: 大概两点到四点之间，派件员到之前会给您打电话。
右: 行，谢谢啊。
左: 不客气，给您添麻烦了，再见。`,
    `{name}：师傅你好，我是{d3}号那个包裹的收件人，你放哪了？显示已签收但是我没拿到
快递员：你好，我放的是{station}，早上九点放的，应该发了取件码的
{name}：我没收到短信啊
快递员：你看一下手机号是不是填错了，我这显示尾号{d4}
{name}：对，是我的号
快递员：那可能被拦截了。你直接去驿站，报手机号后四位，或者说单号就能取
{name}：好的，我以为是丢了
快递员：不会的，放驿站都有拍照。你取不到再给我打电话，我过去看
{name}：好的，谢谢师傅
快递员：客气了
（半小时后）
{name}：拿到了，谢谢
快递员：好的👍 以后你要是不方便，可以在{courier}App里设置“放驿站”或者“送货上门”，我按你选的来
{name}：好的，那我设成送货上门吧，家里一般有老人在
快递员：行，下次直接给你送上楼，不另外收费`,
    `客服：您好，{courier}客服热线，请问您是寄件还是查件？
客户：查件。我寄了一份合同去{city}，三天了还没到，对方很着急。
客服：请您提供一下运单号。
客户：{d12}。
客服：好的，我查到了，您的快件目前在{city}转运中心，因为最近天气原因，那边的航班有延误，预计明天上午派送。
客户：能不能加急？
客服：我这边可以帮您登记催派，派送网点会优先处理，不额外收费。
客户：如果丢了怎么办？合同很重要。
客服：您寄件时有保价，如果真的遗失了，我们会按保价金额赔付，理赔需要您在官方App里提交申请。但是目前快件状态正常，没有丢失，您放心。
客户：好的，那麻烦你催一下。
客服：已经帮您登记了，工单号{d6}，有进展会短信通知您。请问还有其他需要吗？
客户：没了，谢谢。`,
    `哎 喂 是{surname}姐吗 我是给你们小区送{shop}的那个 那个你买的冰箱到了 今天下午能送上门安装吗 啊今天下午 我看看啊 三点以后吧 三点以前我在外面 嗯行 那我三点半左右到 然后那个师傅一起过来装 要不要提前把位置腾出来 要的要的 你把放冰箱那个地方先清一下 然后插座看看有没有 有的 那个旧冰箱你们收吗 旧的我们可以帮你搬下楼 回收的话要在App里下单 以旧换新那个 你下单时候选了没有 好像选了 那我看一下订单 嗯显示有 那就没问题 旧的我们一起拉走 补贴在你确认收货以后自动返到你的账户上 不用给我们钱啊 哦那太好了 安装要钱吗 安装是免费的 除非要加长水管什么的 那个有标准价 到时候在App上付 行 那三点半见 好嘞`,
    `A：您好，请问是{name}吗？我是{station}的，您在我们这边有三个快递放了超过五天了还没取。
B：啊，我出差了，忘了。
A：没关系，就是提醒您一下，我们这边最多保管七天，超过了会退回给寄件人。
B：那我后天回来能取吗？
A：后天可以的，我给您备注一下延长保管。
B：要收费吗？
A：不收费，我们驿站不收保管费。您回来直接报手机号后四位就行。
B：我能不能让我同事帮我拿？
A：可以，您把取件码短信转给他，或者让他报您手机号后四位加您的名字都可以。
B：好的，谢谢啊。
A：对了，还有一个是生鲜的，冷藏的，放久了可能会坏，建议您让同事今天或者明天先帮您取一下。
B：哦，那是我买的水果，我让同事今天下班去拿。
A：好的，那我先放冷柜里。如果坏了您可以在购买平台上申请售后，跟商家说明是出差没及时取。
B：好的，谢谢提醒啊。
A：不客气，那先这样，再见。`,
  ],
  appointment: [
    `前台：您好，这里是{clinic}，请问是{name}吗？
患者：对，是我。
前台：您预约了{date}下午{time}的洗牙和口腔检查，跟您确认一下还能按时过来吗？
患者：可以的，那个时间要提前多久到？
前台：提前十分钟到就行，需要先填一个初诊信息表。记得带上身份证，如果有医保卡也带上。
患者：洗牙医保能报吗？
前台：洗牙属于自费项目，口腔检查部分可以刷医保。费用到时候在前台刷卡或者扫码付，不需要提前付定金。
患者：好的。那如果我临时有事来不了呢？
前台：提前一天给我们打电话改约就可以，这个电话就是我们前台。
患者：还有个问题，我牙龈有时候出血，需要跟医生说吗？
前台：需要的，检查的时候您直接告诉医生，医生会看要不要做进一步处理。
患者：好的，那就{date}见。
前台：好的，前一天我们还会发一条提醒短信，祝您生活愉快，再见。`,
    `嗯喂 您好 请问是{name}家长吗 我是{school}三年级二班的班主任{surname}老师 啊{surname}老师您好 您好 是这样 我们这周五下午四点开家长会 就在教室 想问一下您这边能过来吗 能能能 我去 是在学校里面开吧 对 就在学校 您到了门卫那边登记一下 报孩子名字就行 嗯好的 要带什么吗 不用带什么 就是这次会讲一下期中考试的情况 还有下学期的研学活动 研学的费用到时候是学校统一通过官方缴费平台收 不会让家长私下转给老师 您放心 哦哦好的 那个 我们家孩子最近作业是不是老是没交啊 嗯 有一两次吧 家长会后我们可以单独聊一下 好的好的 那孩子在学校我们还需要注意什么吗 嗯 最近天气冷了 让孩子多带件衣服 还有就是 最近有家长反映收到冒充老师的消息 说是让家长交资料费 加什么新群 您注意一下 我们班只有一个家长群 所有通知以那个群和学校公众号为准 好的好的 谢谢老师 不客气 那周五见`,
    `{salon}预约聊天记录
顾客：你好，我想约周六下午剪发加染发
店员：好的亲，周六下午两点和四点还有空位，您想约哪个时间？
顾客：两点吧，染发大概要多久？
店员：剪加染大概两个半小时左右，看您头发长度。您想约哪位发型师呢？
顾客：上次给我剪的那个小{surname}老师
店员：好的，已经给您约了小{surname}老师周六下午两点。不需要付定金，到店消费再付就可以。
顾客：那你们现在有活动吗？
店员：染发这个月有八折，会员再打九五折。不过办卡是自愿的，您到店了再考虑也可以，不办也一样做。
顾客：好的，那周六见
店员：好的，如有变动请提前告知我们哦，地址是{city}的老地方，到了报手机号就行~`,
    `服务顾问：您好，{car}4S店售后，我是服务顾问小{surname}，请问是{name}先生吗？
客户：是的。
服务顾问：您的车（车牌{plate}）上次保养是半年前，按照里程应该做一万公里保养了，打电话提醒您一下，需要帮您预约吗？
客户：哦，行，这周六上午可以吗？
服务顾问：周六上午九点还有工位，给您约九点？
客户：可以。大概多少钱？
服务顾问：常规保养机油机滤加工时，大概{amount}元左右，具体看检查结果。如果发现别的问题我们会先给您打电话确认，您同意了才会做。
客户：要先付钱吗？
服务顾问：不用，做完以后在前台结算就行。另外您的车还在保修期，有个召回项目顺便免费检查一下。
客户：好的，那周六见。
服务顾问：好的，到时候直接开到售后接待区，报车牌就行。再见。`,
    `A: 你好，我想改一下我的体检预约，原来约的是{date}。
B: 您好，这里是{hospital}体检中心。请问您的姓名和预约号？
A: {name}，预约号{d6}。
B: 好的，查到了，您是{date}上午的入职体检套餐。您想改到哪天？
A: 下周三可以吗？
B: 下周三上午有名额，帮您改到下周三早上七点半到九点半之间报到，可以吗？
A: 可以。需要空腹吗？
B: 需要的，前一天晚上十点以后不要吃东西，可以少量喝水。带上身份证，报到后在自助机上打印指引单。
A: 费用是公司付吗？
B: 您这个是单位团检，费用单位统一结算，您个人不用付。如果加项目的话需要自费，在现场缴费窗口付。
A: 好的，谢谢。
B: 不客气，改约成功会有短信通知，来自我们医院的官方号码。`,
    `喂 你好 是{fname}妈妈吗 我是{gym}游泳班的教练 哦教练您好 就是 下周的课要调一下时间 因为周二泳池要换水 所以周二的课挪到周四同一时间 您看孩子周四能来吗 周四啊 周四应该可以 就是五点半那个对吧 对对对 五点半到六点半 然后还有一个事 就是这期课上完了还剩两节 您要是想续的话 到时候在前台办就行 不续也没关系啊 我不是推销 哈哈 好的好的 我考虑一下 孩子最近游得怎么样 进步挺大的 蛙泳基本会了 下期可以学自由泳 嗯那挺好 那周四我送他过来 好的 那我在群里也会发个通知 您注意看一下 嗯好 那个周四要带什么吗 就跟平时一样 泳衣泳帽泳镜 还有毛巾 冬天洗完头记得吹干再出来 嗯好 谢谢教练 不客气 拜拜`,
    `前台：您好，{clinic}，请问有什么可以帮您？
来电者：你好，我想给我家狗约个疫苗，还有体内驱虫。
前台：好的，请问狗狗多大了，之前在我们这里建过档吗？
来电者：两岁了，建过档的，名字叫豆豆，主人是{name}。
前台：好的，找到了。豆豆上次打狂犬疫苗是去年{date}，这次正好该打了。您想约哪天？
来电者：明天下午行不行？
前台：明天下午三点和四点半有空，约三点吧？
来电者：好的。大概要多少钱？
前台：狂犬疫苗加驱虫，大概{small}元左右，具体看体重。到店付就行，不需要预付。
来电者：要带什么吗？
前台：带上免疫本，路上记得拴绳。如果狗狗最近有拉肚子或者不舒服，先告诉医生，可能要推迟打疫苗。
来电者：好的，谢谢。
前台：不客气，明天见。`,
    `用户：你好，我在网上挂了{hospital}{dept}的号，但是临时出差去不了，能退吗？
客服：您好，请问您是在医院官方公众号上挂的号吗？
用户：对，就是公众号上。
客服：好的，就诊前一天的下午五点之前都可以在公众号“我的挂号”里面直接取消，挂号费会原路退回到您付款的账户，一般一到七个工作日到账。
用户：我的号是明天上午的，现在还能退吗？
客服：现在还没到五点，可以直接在公众号上取消。如果过了时间就需要您到医院人工窗口办理了。
用户：好的，我现在去点。要不要我把身份证号告诉你帮我退？
客服：不需要的，您自己在公众号里操作就可以，我们不会在电话里要您的证件号或者验证码。
用户：好，我弄完了，显示已取消。
客服：好的，退款会在一到七个工作日到账。您下次需要就诊可以重新预约，专家号一般提前七天放号。
用户：谢谢。`,
  ],
  marketing: [
    `坐席：您好，我是{operator}的客户经理，工号{d4}，打扰您一分钟，请问是{surname}先生吗？
客户：是我，什么事？
坐席：是这样，您家里的宽带是一百兆的，现在我们有个升级活动，升到千兆宽带每月只加{small}块钱，还送一张副卡，您有兴趣了解一下吗？
客户：不用了，我现在够用。
坐席：好的，那我简单说一下，千兆的话看高清视频、打游戏都更流畅，而且现在升级免费上门换光猫……
客户：真的不用了，我们家也就两个人，用不了那么多。
坐席：明白，不好意思打扰您了。如果以后有需要可以直接在{operator}营业厅App办理，或者到营业厅咨询。
客户：好的。
客户：还有，我这个宽带合约什么时候到期？
坐席：您的合约是到明年{date}，到期后不会自动涨价，会按原资费续。如果想改套餐可以在App里办，不用交什么手续费。
客户：好，那就这样。
坐席：那祝您生活愉快，再见。`,
    `喂 您好 {surname}女士是吧 我是{fund}保险公司的 就是想给您介绍一款 那个 百万医疗险 嗯 不需要 谢谢 哦 就耽误您一分钟 这个产品就是说 您住院的话 一般医疗费用一年最高能报几百万 然后一个月几十块钱 嗯 我已经有医保了 是是是 医保是基础的 这个是补充 就是医保报销完剩下的部分 我们可以再报 那个 我现在真不需要 我单位也给买了 哦 那好的 那不打扰您了 如果您以后有需要 可以在我们官方App上看产品条款 自己决定 不会强制的 好的 还有 你们能不能把我的号码从名单里去掉 以后别打了 嗯可以的 我这边给您登记一下 以后不会再给您推荐了 如果还有打扰 您可以拨打我们官方客服投诉 好的 嗯 那祝您生活愉快 再见`,
    `A: 你好，请问是{name}吗？我是{gym}健身房的会籍顾问，您上个月来我们这儿体验过一次。
B: 哦对，去过一次。
A: 觉得怎么样？我们这周有个年卡优惠，原价{amount}，现在打六折，还送十节私教课。
B: 嗯……有点贵，我考虑考虑。
A: 理解理解。要不您这周末再过来体验一次，我给您约个私教带一下，免费的。
B: 不用了，我最近工作忙，可能没时间去。
A: 好的没问题。那这个优惠月底截止，您要是想办的话直接来前台，或者给我打电话。
B: 好，我有需要再联系你。
A: 行，那我就不打扰了，您也可以关注我们公众号看课程表。
B: 嗯，拜拜。
A: 拜拜。对了，您之前体验那次留的私教体验券还没用，有效期到月底，您有空可以来用掉，不用办卡也能用。
B: 哦好的，有空我去。`,
    `坐席：先生您好，这里是{bank}信用卡中心，工号{d4}，这边看到您用卡记录良好，想邀请您办理一个账单分期，手续费有优惠，您看有兴趣吗？
客户：分期？我不需要，我每个月都全额还的。
坐席：好的，那您看我们还有一个现金分期，可以把额度里的钱直接转到您的储蓄卡，最高{amount}元，分十二期……
客户：不用不用，我不缺钱。
坐席：明白，那不打扰您了。您如果以后有需要可以在{bank}官方App里自己申请，所有费率都会展示清楚。
客户：行。你们能不能别老打电话推销？
坐席：好的，我这边给您登记一下，以后不再给您做营销类外呼。账单提醒之类的服务短信还是会正常发送。
客户：好，谢谢。
坐席：感谢您的接听，祝您生活愉快。`,
    `嗯 喂您好 我这边是{city}{company}的 就是我们这边新开了一个楼盘 离地铁站步行五分钟 想问您这边有没有买房的需求 没有没有 我已经有房了 哦 那您可以考虑投资啊 现在首付比例降了 一套小户型 出租的话 哎 不用了 我现在不考虑投资 哦 那没关系 那个我加您个微信 以后有好的房源发给您 不用了 谢谢 我不需要 嗯好的 那打扰您了 如果有需要您可以来我们售楼处看看 就在{city}那个 那个 你们怎么有我电话的 哦 这个是我们公司的客户名单 您要是不想接到电话 我这边帮您备注一下 以后不打了 嗯 好 备注一下吧 好的 已经给您备注了 不好意思打扰您了 没事 拜拜 拜拜 嗯 拜拜`,
    `{app}客服外呼
坐席：您好，这里是{app}官方客服，我们注意到您的会员下周到期了，想问一下您是否需要续费？现在续年卡有优惠价。
用户：我没打算续，我用得不多。
坐席：好的，我们这边也确认一下，您的会员目前没有开通自动续费，到期后就自动停了，不会扣费的。
用户：那就好。之前有个人打电话说我开通了什么百万保障，每个月扣钱，要我去取消，是你们吗？
坐席：不是我们。我们没有这种“百万保障”服务，而且我们所有的会员开通和取消都只在App“我的—会员中心”里操作，不会打电话让您转账、贷款或者共享屏幕来“取消”。
用户：我就觉得不对，直接挂了。
坐席：您做得很对。那续费的事您不需要的话我们就不打扰了，如果以后想续，在App里直接开就行。
用户：好的。
坐席：感谢您的接听，再见。`,
    `坐席：您好，{surname}先生，我是{car}4S店的销售顾问，您去年在我们这看过车，还记得吗？
客户：哦，好像有点印象。
坐席：我们这个月有个以旧换新活动，您的旧车可以免费评估，置换新车最高补贴{amount2}元，还有地方政府的消费补贴可以叠加。
客户：补贴是怎么领的？
坐席：政府的补贴是您购车开票以后，自己在当地官方的补贴申报平台上提交，审核通过直接打到您本人的银行卡。我们店里的置换补贴直接在车价里抵扣。都不需要您先交钱。
客户：嗯，我现在没打算换车。
坐席：理解。那这个活动到月底，您要是有兴趣可以周末来店里试驾一下。
客户：好，再说吧。
客户：对了，那个置换补贴有没有什么条件？
坐席：旧车要登记在您本人或者直系亲属名下满一年，具体以活动细则为准，您来店里我可以把书面的细则给您看。
客户：好的，知道了。
坐席：好的，打扰您了，再见。`,
    `A：喂，你好，我是{school}教育的课程顾问，想问一下您家孩子是在上初中吗？
B：是的，怎么了？
A：我们这边有个暑假数学提高班，现在报名有早鸟价，还可以先免费试听两节课。
B：嗯，孩子已经报了学校的兴趣班了。
A：那没关系，我们的课是周末的，不冲突。您看要不要先安排个免费试听？
B：不用了，孩子暑假还要出去玩，太累了。
A：好的，理解。那我这边就不打扰您了，您有需要可以搜索我们的官方公众号。
B：好。
B：还有，你们怎么知道我孩子上初中的？
A：可能是您之前在我们门店或者活动上留过信息。如果您不希望再接到电话，我帮您登记一下，以后不再联系。
B：嗯，登记吧。
A：好的，已经登记了。打扰您了，祝孩子学习进步，再见。`,
  ],
  personal: [
    `妈妈：喂，{fname}啊，在学校怎么样？
儿子：挺好的妈，就是下学期的学费要交了，学校通知说{date}前交。
妈妈：多少钱啊？
儿子：学费加住宿费一共{amount}。
妈妈：行，我跟你爸说一下。你是要我们直接交到学校还是打给你？
儿子：学校有个官方的缴费平台，你们直接在上面交就行，我把学号发你。不用打给我。
妈妈：那你别弄错了，最近骗子多，说什么学校退费要转账的，你可别信。
儿子：我知道，辅导员开会讲过了。学费只在学校官方平台交，其他说要转钱的都是骗子。
妈妈：那就好。生活费还够吗？
儿子：够的，这个月还剩一点。
妈妈：不够就说，别在网上借那些乱七八糟的贷款啊。
儿子：知道了妈，我周末回家一趟。
妈妈：好，回来给你做红烧肉。`,
    `嗯 喂 哥 是我 哦 怎么了 那个 我想跟你借点钱 我这个月房租交不上了 要多少 大概{amount2}吧 下个月发工资就还你 嗯 行 你这个账户还是之前那个吧 对 还是那张卡 我转你了 你看一下 收到了收到了 谢谢哥 没事 你那工作怎么样 还行吧 就是最近公司效益不好 工资晚发 哦 那你自己省着点花 别去借网贷啊 那利息高得吓人 我知道 我就是实在没办法才找你 嗯 没事 自己家里人 有困难就说 那个 回头妈问起来你别说啊 她知道了又要操心 行 我不说 你自己注意身体 好 谢谢哥 哦对了 下个月我直接转回你这个号的支付宝行吧 行 哪个都行 你记得就行 还有啊 你要是换号了先打个电话给我 别光发个短信 现在骗子冒充熟人借钱的多 哈哈 知道 我不换号 好 那挂了啊`,
    `{name}：我换号了，这是我新号码，旧的那个不用了
{fname}：谁啊？
{name}：我{name}啊，上周一起吃火锅那个哈哈
{fname}：哦哦，你打个电话给我，我确认一下😂 最近骗子太多
{name}：哈哈好，谨慎点是对的
（语音通话 02:13）
{fname}：好的确认了，是你。存了
{name}：那个周六去爬山还去吗
{fname}：去啊，几点集合？
{name}：七点地铁站，我开车，你们不用打车
{fname}：好的，我带吃的
{name}：我买水，油钱和门票到时候AA，你们到了现场扫码给我就行，别提前转
{fname}：行 👌 对了天气预报说周六可能下雨
{name}：我看了，是下午小雨，我们早点下山就行
{fname}：好，那我带把伞，再叫上小{surname}？
{name}：可以啊，人多热闹，车坐得下五个人`,
    `A：爸，你那五万块钱我下个月先还你两万，剩下的年底还。
B：不着急，你先把房子装修弄完再说。
A：那不行，说好的，我记个账。
B：你这孩子，跟我还这么客气。那你就直接打到我工资卡上吧，我存起来。
A：好，就是尾号{d4}那张对吧？
B：对。你妈那边你别提，她知道了又说你。
A：哈哈好。装修还差点家具，下个月就能住了。
B：那挺好，住进去了叫我们过去看看。
A：一定的。对了，你最近有没有接到奇怪电话？新闻上说有冒充孩子要钱的。
B：有一次，说是你出车祸了要钱，我直接给你打电话，你说你在上班，我就挂了他。
A：对，就是要这样，有啥事就直接打我这个号，或者视频。
B：知道知道。你小时候那个数学老师也接到过这种电话，后来她也是先打给她儿子才没上当。
A：对，反正记住，要钱的事一定先打电话或者当面说。
B：好，那你周末回来吃饭不？
A：回，带你孙子一起回。`,
    `嗯 喂 妈 我到学校了 哦到了就好 路上顺利吧 挺顺利的 就是高铁晚点了半个小时 那个 妈 我那个生活费 你这个月打了吗 打了啊 前天就打了 你看看你那个卡 哦我还没看 我等会看 还有就是 嗯 学校要买一个 就是专业课的那个软件 要交{small}块钱 是学校统一买的吗 对 班长统一收 在学校那个缴费系统上交 不是私人收的啊 对对对 是学校的系统 那行 你自己交吧 钱够不够 够的够的 那你注意点 有人让你做什么兼职刷单什么的千万别去 知道了妈 你都说好多次了 哎 我是怕你被骗 你们宿舍那个小{surname} 上次不就是被人拉去做什么兼职 先交了押金 然后人就找不到了 嗯 我知道 那次我们还陪她去派出所报案了 所以啊 你自己长点心 好好好 我挂了啊 去吃饭了 嗯去吧 记得吃热的`,
    `【家族群】
三姨：下周六奶奶八十大寿，大家都回来吧
{name}：好的三姨，我周五晚上到
表哥：我开车回，可以顺路接{name}
{name}：谢谢表哥！
三姨：寿宴订在镇上那家酒楼，一共八桌
大舅：钱我这边先出了，回头大家再商量分
三姨：不用分了，你们小辈的心意到了就行
表姐：那我们几个凑钱给奶奶买个金手镯吧
{name}：好啊，我出一份
表姐：我回去当面跟大家算，别在群里转来转去的，怕弄混
表哥：行，到时候见面再说
奶奶（三姨代发）：都回来就好，别花钱
{name}：奶奶放心，我们就是想陪您热闹热闹
大舅：对了，住的地方够吗？
三姨：老房子收拾出来了，住得下，孩子们可以住镇上宾馆，我已经订好了
表哥：那我们带点水果回去
三姨：好，路上注意安全，到了在群里说一声`,
    `1：老{surname}，上次借你那三千块钱，方便的时候还我一下呗，我这个月车贷有点紧。
2：哎呀，不好意思不好意思，我给忘了。我现在就转给你。
1：不急啊，你方便的时候就行。
2：没事，我现在手上有。还是转你那个支付宝吧？
1：对，就是那个，手机号那个。
2：好，转了，你看一下。
1：收到了，谢了啊。
2：谢啥，该我谢你。对了，你车贷还有几年啊？
1：还有两年，每个月{amount2}，压力挺大的。
2：那你可以去银行问问能不能提前还一部分，利息能少点。
1：我问过了，提前还要在他们App上申请，没违约金，等年终奖下来就还一部分。
2：那挺好。周末出来喝一杯？
1：行啊，我请。还是老地方那个烧烤？
2：可以，周六晚上七点？
1：行，我叫上老{surname}和小{surname}。
2：好，那我订个位子。`,
    `{fname}：姐，你之前说的那个理财，靠谱吗
姐姐：哪个？我买的是银行的定期，没啥风险，收益也不高
{fname}：我同事拉我进了一个炒股群，说有老师带着买，一个月能赚30%
姐姐：千万别！这种十有八九是骗子，先让你小赚，然后让你投大钱，最后提不出来
{fname}：我也觉得不对，他们还让我下一个没听过的App
姐姐：那就是了。正规的投资只在券商官方App或者银行买，不会让你下载陌生App
{fname}：好，我退群了
姐姐：你要是真想理财，周末我陪你去银行问问，或者买点指数基金定投
{fname}：行，那周末见
姐姐：嗯，顺便回家吃饭，妈说好久没见你了
{fname}：好的，那我周六上午去你那，一起去银行
姐姐：行，带上身份证和银行卡，做个风险评估，先买点保守的
{fname}：好，谢谢姐`,
  ],
  government: [
    `民警：喂，你好，请问是{name}吗？这里是{city}派出所户籍室。
市民：是我，怎么了？
民警：你上个月是不是丢了一张身份证？有热心群众捡到送到我们所里了。
市民：对对对，我还在想要不要去补办呢。
民警：那你方便的时候本人带上户口本或者其他能证明身份的材料，到我们所户籍窗口来领，工作日上午九点到十二点，下午两点到五点半。
市民：要交钱吗？
民警：不用交钱，本人来领就行，签个字。如果你已经挂失补办了，这张旧证就作废了，我们会回收。
市民：还没补办。那我明天上午过去。
民警：好的。提醒一下，我们派出所不会电话里让你转账，也不会说你涉嫌什么案子让你配合资金核查，有这种电话直接挂。
市民：好的，谢谢警官。
民警：不客气，地址你可以在地图上搜{city}派出所，再见。`,
    `嗯 喂 您好 请问是{surname}阿姨吗 我是社区居委会的小{surname} 哎小{surname}你好 是这样的 阿姨 就是您今年的那个 高龄补贴 需要做一下年度认证 您是自己在手机上弄 还是来社区弄 我不会弄手机啊 那没事 您这周哪天有空 带上身份证和存折来社区服务中心 我们帮您弄 就是拍个照人脸识别一下 哦 要交钱吗 不要钱不要钱 补贴是直接打到您那个社保卡上的 不用交任何钱 有人打电话说要交钱办补贴的 都是骗子啊 哦哦 我知道 那我周三上午去吧 好的 周三上午我在 您直接来找我就行 哎好 那个 我们家老头子的那个也要弄吗 叔叔也满八十了吧 满了 那叔叔也要认证 您一起带他的身份证过来 人也要来 要刷脸 哦 行 那我俩一起去 好嘞 那周三上午见 哎好 谢谢你啊 不客气阿姨 您慢点 再见`,
    `工作人员：您好，这里是{city}税务局12366纳税服务热线的回访，请问是{name}先生吗？
纳税人：是我。
工作人员：提醒您一下，个人所得税年度汇算今年的办理截止日期是6月30日，系统显示您还没有办理。
纳税人：哦，我需要办吗？
工作人员：这个要看您的情况，如果您有退税或者补税的情况就需要办理。您可以下载官方的“个人所得税”App，登录以后在首页点“综合所得年度汇算”，系统会预填数据，您核对一下就行。
纳税人：如果有退税，钱退到哪？
工作人员：退税会退到您在App里绑定的本人一类银行卡，不需要您缴纳任何手续费，也不会有人打电话让您点链接领退税。
纳税人：好的，那我晚上弄一下。不会弄的话能去哪问？
工作人员：可以到办税服务厅现场办理，也可以打12366咨询。
纳税人：好的，谢谢。
工作人员：不客气，再见。`,
    `书记员：您好，这里是{city}人民法院民事审判庭，请问是{name}吗？
当事人：是我。
书记员：您作为原告起诉的那个民间借贷纠纷案件，案号{case}，开庭时间定在{date}上午九点半，第三法庭。传票已经通过邮寄送达了，您收到了吗？
当事人：收到了，就是想确认一下时间。
书记员：对，就是这个时间。请您带上身份证原件、借条原件和转账记录，按时到庭。
当事人：我能请律师代理吗？
书记员：可以，律师需要提交授权委托书和律师执业证。
当事人：诉讼费我已经交了吧？
书记员：系统显示您已经交过了，不需要再交任何费用。法院不会通过电话让您转账，所有缴费都是通过法院官方的缴费渠道。
当事人：明白了。
书记员：还有什么问题可以打法院的官方诉讼服务热线，再见。`,
    `嗯喂你好 我是{city}医保局的 就是那个 城乡居民医保明年的缴费开始了 提醒一下您 明年的居民医保可以在{date}之前缴 您可以在“{app}”里面搜医保缴费 或者去银行柜台 社区也可以代缴 嗯 多少钱 今年个人缴费标准是{small}块左右 具体以官方公布的为准 那我直接转给你行不行 不行不行 我们不收个人转账 您一定要通过官方渠道缴 就是App里的医保缴费 或者税务的那个缴费渠道 哦 好的 那我家里老人也要缴吗 老人如果是居民医保也要缴的 您可以帮他们在App里一起缴 填身份证号就行 好 知道了 谢谢啊 嗯 那我去年缴过了 今年还要缴吗 要的 居民医保是每年缴一次的 缴了明年才能享受报销 哦好 那我这周就弄 好的 不客气 有问题可以打12393医保服务热线 也可以去社区问 再见`,
    `社保中心：您好，这里是{city}社会保险服务中心，请问是{surname}先生吗？
市民：是我。
社保中心：您父亲{name}领取养老金，今年的待遇资格认证还没有完成，打电话提醒您一下。
市民：哦，要怎么弄？
社保中心：可以在“掌上12333”App或者当地人社官方App里，选“待遇资格认证”，刷脸就行。老人不会的话，您可以帮他用您的手机给他认证。
市民：不认证会怎么样？
社保中心：超过认证期限会暂停发放，认证以后会恢复并补发，不会有损失。
市民：有人说认证要交手续费，是真的吗？
社保中心：不是的，认证完全免费，我们不会让您交任何钱，也不会发链接让您填银行卡密码。
市民：好，那我晚上回家帮他弄。
社保中心：好的，如果刷脸一直不通过，可以带老人和身份证到社区或者社保中心窗口现场认证。再见。`,
    `A：你好，我是{city}{gov}的网格员小{surname}，来做一下人口普查信息登记，请问您家里现在几口人住？
B：三个，我和我老婆，还有孩子。
A：好的，户主是您吗？
B：对。要登记什么？
A：姓名、性别、出生年月、民族、受教育程度这些，身份证号只需要户主的，我在这个平板上录入，是政府统一的系统。
B：要拍照吗？
A：不需要拍照。我们不会问您银行卡、存款之类的信息，也不收费。
B：好，那你登吧。
A：……好了，登记完了。您也可以扫门口贴的那个二维码，自己核对一下信息，那是官方的普查小程序。
B：行，辛苦了，进来喝口水吧？
A：不了不了，还有好几户，谢谢您的配合。后面如果有工作人员上门复核，都会佩戴工作证，您可以打社区电话核实。
B：好的，辛苦了。`,
    `嗯 你好 是{name}吗 我是{city}交警大队的 就是你的车 车牌{plate} 在{date}有一起轻微交通事故 对方已经来处理过了 需要你本人也过来一下 做个笔录签字 啊 那个是我停在路边被人刮了 对 对方是全责 他已经认了 你来了就是拿一下事故认定书 然后你们保险理赔就可以走了 要带什么 带身份证 驾驶证 行驶证 在我们大队事故处理中队 工作日都可以来 嗯 要交罚款吗 你不用交 你是无责的 对方的罚款他自己交 哦好的 我明天下午过去 好的 你到了找窗口报你的车牌就行 嗯 对了 我们不会在电话里让你交什么钱啊 有这种电话你要注意 好 那个 保险公司那边要我提供什么 一般就是事故认定书 你的行驶证驾驶证复印件 还有维修发票 具体你问你自己的保险公司 理赔是走保险公司官方流程的 好的好的 谢谢 再见`,
  ],
  english: [
    `A: Hi, is that {fname}? This is Claire calling from the fraud team at {banken}.
B: Yes, speaking.
A: Thanks. Before I go on, I won't ask you for your PIN, full card number or any one-time passcode, and I won't ask you to move money. If you'd rather, you can hang up and call the number on the back of your card.
B: Okay, what's this about?
A: We've stopped a card payment of {gbp} to an online electronics retailer about twenty minutes ago. Was that you?
B: No, definitely not. I'm at work.
A: Right, so we've declined it and the card is now blocked. You'll be able to see the alert in the app under Notifications, and a replacement card will be posted out within five working days.
B: Do I need to do anything?
A: Just check your recent transactions in the app and let us know if anything else looks off. Your online banking and direct debits aren't affected.
B: Brilliant, thanks for catching it.
A: No problem at all. Have a good afternoon.`,
    `Receptionist: Good morning, {clinic} surgery, Sarah speaking.
Caller: Hi, I'd like to book an appointment with a GP please, I've had a cough for about three weeks.
Receptionist: Of course. Can I take your name and date of birth?
Caller: It's {fname}, born 4th of June, 1987.
Receptionist: Thanks. We've got a telephone consultation tomorrow at 10:40, or a face-to-face on Thursday at 3:15 with Dr Patel.
Caller: Thursday face-to-face is fine.
Receptionist: Lovely, that's booked. You'll get a text confirming it. If you can't make it, just reply CANCEL or ring us so we can offer it to someone else.
Caller: Great. Do I need to bring anything?
Receptionist: Just a list of any medications you're taking. And if you get short of breath in the meantime, call 111 or go to A&E, don't wait for the appointment.
Caller: Will do, thanks.
Receptionist: You're welcome, bye now.`,
    `Jess: u still coming sat?
Tom: yeah defo, what time we meeting
Jess: 7ish at the pub then we'll head to Mia's for her birthday
Tom: sound. are we doing a group present?
Jess: yeah I put in for the voucher already, it's like 15 each
Tom: cool I'll just give you cash on the night, my banking app's being weird
Jess: no rush lol
Tom: also heads up this is my new number, dropped my old phone in the canal 🙃
Jess: OMG how
Tom: long story involving a swan
Jess: 😂😂 ok saving it. ring me quickly so I know it's actually you
Tom: haha fair enough, calling now
Jess: yep that's definitely your voice. see you sat!`,
    `Driver: Hi mate, it's the {courieren} driver, I've got a parcel for flat 12 but nobody's answering the buzzer.
Customer: Oh sorry, I'm just round the corner at the shop. Can you leave it with the concierge?
Driver: There's no concierge on at the minute, the desk's empty.
Customer: Ah, right. Could you leave it with number 10? She usually takes stuff in for me.
Driver: I'll try her. If she's not in, I'll put a card through and you can rebook in the app for tomorrow, or pick it up from the local depot after 5.
Customer: Is there any charge for redelivery?
Driver: Nah, no charge, just pick a day in the app. Don't pay anyone who texts you about it, we don't do that.
Customer: Cheers. I'll be back in like five minutes though.
Driver: Alright, I've got two more drops on this street, I'll swing back past in ten.
Customer: Legend, thank you.`,
    `Landlord: Hi {fname}, it's Dave, your landlord. Just a quick call about the boiler.
Tenant: Oh hi Dave. Yeah, it's been making that banging noise again.
Landlord: I've booked a Gas Safe engineer for Wednesday between 8 and 12. Will someone be in?
Tenant: I work from home Wednesdays, so that's fine.
Landlord: Great. Also, I'm switching the rent to go into my new business account from next month. I'll send you the details in writing by email and post, and you'll see the name matches the tenancy agreement.
Tenant: Okay. Can you also mention it when you come round? I've heard about those scam emails where they change the bank details.
Landlord: Very sensible. I'll pop round Thursday evening and we can go through it in person before you change anything.
Tenant: Perfect, thanks.
Landlord: No worries. Oh, and the council tax letter came here by mistake, I'll bring that too.
Tenant: Cheers Dave, see you Thursday.`,
    `Agent: Hello, thanks for calling {banken}, my name is Rahul. How may I help you today?
Customer: Hi, my account says locked when I try to log in online. I think I typed my password wrong too many times.
Agent: I understand. For security, I'll verify you using the questions on file, not your password or any code. Could you confirm your date of birth and the first line of your address?
Customer: Sure, it's 12 March 1990, and 45 Park Road.
Agent: Thank you. Yes, the online access is locked after five failed attempts. Your account itself and your money are fine.
Customer: Oh good. How do I unlock it?
Agent: I'll send a reset to your registered email now. Please set a new password directly on our official website or app. I won't ask you to read out any OTP.
Customer: Got it, the email just came in.
Agent: Great. Is there anything else I can help with?
Customer: No, that's all. Thanks Rahul.
Agent: You're welcome, have a nice day.`,
    `Priya: Mum, did you get the parcel I sent?
Mum: Not yet beta, the tracking says out for delivery.
Priya: Okay, the driver might call you. It's just the saree for the wedding.
Mum: Someone sent me a message saying there's a customs fee and a link to pay. Is that them?
Priya: No Mum, don't click it! It's a domestic parcel, there's no customs. That's a scam message.
Mum: I thought so, it had a funny website.
Priya: Just delete it. The real courier will just hand it over, you don't pay anything.
Mum: Okay. Also Papa wants to know if you're coming for Diwali.
Priya: Yes! Booked my train for the 10th, reaching in the evening.
Mum: Good, I'll make your favourite. Tell Arjun to come also.
Priya: He's coming on the 11th, he's got exams.
Mum: Okay okay. Call me when the parcel comes... oh wait, doorbell, I think that's it!
Priya: Haha perfect timing.`,
    `Wei Ling: eh you free this Sat? wanna go makan at the hawker centre near my place
Jun Hao: can lah, what time
Wei Ling: 12 can? then after that maybe go Ikea
Jun Hao: ok. btw I got this SMS say I won lucky draw from some shopping mall, need to click link claim prize
Wei Ling: wah confirm scam one, don't anyhow click
Jun Hao: ya lor I never join any lucky draw also
Wei Ling: just block and report. the ScamShield app can help
Jun Hao: ok done. u want me to drive sat?
Wei Ling: ok can, I pay for lunch then
Jun Hao: deal. I reach your block 11.45
Wei Ling: 👍 see you`,
    `Receptionist: Good afternoon, {salon}, this is Chloe.
Customer: Hi, I'd like to book a cut and colour, preferably next Friday.
Receptionist: Sure, who do you usually see?
Customer: Emma, if she's in.
Receptionist: Emma's got 1pm or 4:30 on Friday. The cut and colour takes about two and a half hours.
Customer: 1pm please.
Receptionist: Lovely. Can I take a name and mobile number?
Customer: {fname}, and it's the same number I'm calling from.
Receptionist: Perfect. We don't take a deposit, but we do ask for 24 hours' notice if you need to cancel. You'll get a reminder text the day before.
Customer: Great. Do I need a patch test for the colour?
Receptionist: Yes, since it's been over six months. Could you pop in any time before Wednesday for a quick two-minute patch test? It's free.
Customer: I'll come by Tuesday after work.
Receptionist: Brilliant, see you then.`,
    `Mike: Hey man, got a sec? Need to ask you something awkward
Dan: sure what's up
Mike: I'm short for rent this month, the new job's first pay is late. Could you lend me 400 till the 15th?
Dan: yeah no worries. Same account as when we split the Airbnb?
Mike: yep same one
Dan: ok sending now... done
Mike: you're a lifesaver, I'll pay you back on the 15th, promise
Dan: honestly no rush. how's the new job going anyway?
Mike: good so far, just the payroll stuff is a mess
Dan: typical. beers on you when it sorts out 😂
Mike: deal, first round's mine
Dan: haha I'll hold you to that`,
    `Agent: G'day, you've called {operatoren} support, this is Liam.
Customer: Hi Liam, I'm not getting my verification texts from my bank. Everything else comes through.
Agent: Right, let's have a look. Is this for the number you're calling from?
Customer: Yep.
Agent: Okay, I can see there's a spam filter turned on for your service that's catching some short-code messages. I'll turn that off for you now. It can take up to fifteen minutes.
Customer: Great. Do you need the code when it comes?
Agent: No, no, never share that with anyone, including us. Just pop it into your bank's app yourself.
Customer: Sweet. Is there a charge for turning the filter off?
Agent: No charge at all. If you want a scam filter back on later, we've got a free one you can set up in the app.
Customer: Perfect. Oh, it just came through.
Agent: Beauty. Anything else I can help with today?
Customer: Nah that's it, cheers mate.`,
    `Teacher: Hello, is this {fname}'s dad? It's Mrs Wilson from {school}.
Parent: Yes, hi, is everything okay?
Teacher: Oh yes, nothing to worry about. I'm just calling about parents' evening next Thursday. We've got slots from 4 to 7pm, would any of those suit you?
Parent: Could we do around 5:30?
Teacher: 5:40 is free, shall I put you down for that?
Parent: Perfect.
Teacher: Great. Also, the school trip to the science museum is in two weeks. Payment is through the school's usual online payment system, same as the lunch money. We'd never ask parents to pay by bank transfer to an individual.
Parent: Good to know, thanks. How's she doing in maths, by the way?
Teacher: She's doing really well, much more confident since Christmas. We can talk more on Thursday.
Parent: Lovely, see you then.
Teacher: See you Thursday, bye.`,
  ],
};
