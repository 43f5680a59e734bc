/**
 * Arrival (session 18; 3 renderings per template, judged as npm run eval judges: scripts/score-set.ts): on 114319c
 * police_impersonation, fake_loan and customer_service 100 %, acquaintance 87.5 % (mean 96.9 %); with first messages
 * (20eef2e) acquaintance 91.7 % (mean 97.9 %). Then joined to the tune split.
 *
 * Blind tuning scam set 98 — 24 real-world-style templates for each of 4 scam typologies.
 *
 * Written BLIND (session 18): the author did not open, list, read or search any file of the
 * project, ran none of its code, and used no search tool on it. Every text was written from
 * general knowledge of how these scams looked in 2024–2026, paraphrasing the published
 * DESCRIPTIONS (never the wording) of: Ministry of Public Security / 国家反诈中心 case bulletins and
 * 反诈 campaign posters, Taiwan 165 全民防騙 case summaries, Hong Kong ADCC (反詐騙協調中心) alerts,
 * Singapore ScamAlert / SPF advisories, Malaysia PDRM / CCID notes, UK Action Fraud, US FTC and
 * India cyber-crime advisories. No real message or recording was copied.
 *
 * Style: "real-world" material — about half phone-call transcripts (ASR-like, little or no
 * punctuation, speaker labels such as left:/right:, A:/B:, 客服:/用户:, 骗子：/受害人： or none;
 * interruptions, repetitions, victim questions, hesitation, calming, some calls start mid-way or
 * stop before any request), a quarter forwarded SMS / OCR'd chat messages and a quarter multi-turn
 * chat logs. Mostly Simplified Chinese, four Traditional Chinese / Cantonese (Taiwan, Hong Kong)
 * and two to three English (US, UK, Indian, Malaysian, Filipino, Nigerian) texts per typology.
 * Typology keywords are often paraphrased rather than named.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_98_SCAM: Partial<Record<TypologyId, string[]>> = {
  police_impersonation: [
    "left:喂你好 请问是{name}本人吗\nright:嗯 是我 哪位\nleft:我这边是{city}市公安局刑侦支队的 我姓{surname} 警号幺六三八二四 你可以记一下 现在我们在侦办一起跨境洗钱案 在抓获的嫌疑人身上搜出来一张用你身份证办的{bank}卡\nright:不可能啊 我没办过啊\nleft:你先别激动 你听我说完 这张卡的涉案流水有两百多万 现在对你是发了协查通报的 你现在说话方便吗 身边有没有人\nright:我在上班\nleft:那你找个没人的地方 这个案子是保密案件 不能跟任何人讲 包括你家里人 泄露案情你是要负法律责任的 听明白了吗",
    "A：您好 这边是{courier}客服 您有一个{date}寄往{city}的包裹被海关查扣了\nB：我最近没寄过东西啊\nA：寄件人登记的是您的身份证号 里面查出来十二本护照 三张银行卡 还有[违禁药品|疑似毒品] 我们这边已经报案了\nB：那不是我寄的啊\nA：理解理解 很多人是身份信息被冒用 您可以直接跟警方说明 我现在帮您转接到{city}市公安局 您不要挂机\n（转接音）\nC：喂 {city}市公安局禁毒大队 我是{surname}警官 你的快递单号是{d12}对吧 你把身份证号码报一下 我这边要做个登记",
    "喂 您好 这里是{city}市医疗保障局 嗯 就是您的医保卡在{date}那个 在{hospital}有一笔违规的刷卡记录 开了大量的 呃 就是精神类的管制药品 系统显示是您本人的卡 您有没有去过这家医院 没有是吧 嗯 那可能是您的身份信息被人盗用了 这个情况比较严重 涉嫌骗保 医保卡马上会被冻结 还要追究法律责任 我这边可以帮您把电话直接转到当地公安局去报案 您先别挂 稍等 我帮您转接一下",
    "客服:您好这里是人社局社保服务中心 工号{d4} 查到您的社保卡信息不完整 系统显示下个月起将暂停使用\n用户:啊 什么信息不完整\n客服:就是您的卡还没有做升级认证 现在统一换发新卡 没认证的就停医保报销跟养老金发放\n用户:那我要去哪里办\n客服:不用跑窗口 您加一下我们工作人员微信 我把认证链接发您 按提示填一下银行卡号跟收到的验证码就可以了\n用户:验证码也要填啊\n客服:对 那是核验您本人身份用的 填完当场生效 不耽误您报销",
    "嗯 喂 您好 这里是{operator}客服中心 我跟您确认一下 尾号{d4}这个号码是您本人在用吗 是的是吧 是这样的 您这个号码今天被多名用户举报 说是 呃 发送了涉诈短信 根据工信部的要求 两小时之后要对号码做停机处理 不是您本人发的是吧 那您这个号码可能已经被不法分子利用了 这个需要您本人去公安机关备案 您现在要是不方便过去的话 我们可以帮您转接到网警中心 直接电话备案 您稍等一下不要挂机",
    "……所以你现在必须配合我们调查 一会我们会给你发一份保密协议 你签完字以后 案件的任何内容都不能对外透露\n受害人：那我要过去你们公安局吗\n骗子：你不用过来 你在外地来回也不方便 你手机上下载一个[ZOOM|会议软件] 我把会议号发给你 我们在线上给你做笔录\n受害人：好 我下一下 嗯 下好了\n骗子：打开以后 下面有个共享屏幕 你点一下 我们要核实你名下所有的资金是不是跟案件有关 期间不要接任何电话 也不要回任何短信",
    "检察官：你名下账户的资金 我们需要做一个清查 确认哪些是合法资金 哪些是涉案资金\n事主：我那个就是工资啊 没有别的钱\n检察官：这个不是你说了算的 需要你把资金转到[最高检|国家]的[清查账户|安全账户]进行核验 核验完没有问题 七十二小时之内原路退回给你\n事主：那 那我转多少啊\n检察官：你卡里现在有多少\n事主：大概{amount2}左右\n检察官：全部转过来 一分都不能留 留了系统就判定你在转移资产 到时候直接冻结 你本人也要被羁押审查",
    "客服：您好 這裡是中華電信 您名下有一支0912開頭的門號 積欠通話費三千八百多元 明天就停話了\n民眾：我沒有辦過這支門號啊\n客服：那可能是您的身分證被冒用了喔 這樣您要報案比較好 我直接幫您轉接[台北市|高雄市]警察局刑事大隊\n（轉接）\n警官：您好我是偵查佐陳警官 經查這支門號涉及一件詐騙洗錢案 地檢署已經對您發出監管令 您名下帳戶都會被凍結 如果要證明清白 要先把存款交到法院的監管帳戶 等調查完會退還給您",
    "A：喂 你好 我哋係速遞公司嘅 你有個寄去內地嘅包裹俾海關扣咗 入面有幾本假護照同埋銀行卡喎\nB：吓 我冇寄過嘢喎\nA：咁可能有人用咗你身份證資料 你要報案 我幫你轉駁去內地公安\nC：你好 我係廣州市公安局嘅{surname}警官 你而家涉嫌一單洗黑錢案 我哋要同你錄口供 呢單案係保密嘅 你唔可以話俾屋企人知 你開個視像 我傳份通緝令俾你睇吓 如果唔想被押返內地 就要先交保證金去指定戶口",
    "Caller: This is Officer {fname} Reynolds with the Social Security Administration, Office of the Inspector General, badge number {d4}. Your social security number has been suspended due to suspicious activity.\nMe: Suspended? Why?\nCaller: We found a rental car in Texas with cocaine inside, registered under your name. Ma'am, I know this isn't you, that's why I'm calling. If you hang up a federal warrant will be issued today. To protect your savings you need to move the funds into a secure government account while we clear your name. And do not tell the bank teller why you are withdrawing.",
    "男：……你要是不信 你现在打开浏览器 我给你一个公安部的网址 你自己输身份证号查\n女：哪个网址啊\n男：我短信发给你了 你看一下 {link} 点进去 有个清查系统 输你的身份证号 ……查到了吧 上面是不是你的照片 你的名字\n女：是 是我的 怎么会这样\n男：这就是对你的通缉令 编号{case} 现在不是我们要抓你 是要给你一个自证清白的机会 你配合好了 这个通缉令是可以撤销的 你先不要哭 听我说",
    "喂 是{name}吗 我是{city}公安局经侦大队的 我们这边在办一个案子 需要跟你核实一下情况 你身份证后四位是不是{d4} 是吧 对 那就没错了 你{year}年有没有在{city}办过一张银行卡 没有 好 你别紧张 我就是问问 嗯 你现在是一个人在家吗 老伴在不在身边 不在啊 好 那你找个笔 我慢慢跟你讲 你听仔细 我说的每句话都很重要 你不要打断我",
    "【{city}市公安局】您涉嫌一起[洗钱|电信网络诈骗]案件，案件编号{case}，请于{hours}小时内联系办案民警{surname}警官{phone}说明情况，逾期未联系将依法上网通缉。",
    "【国家医保服务平台】您的医保电子凭证存在异常刷卡记录，已被临时冻结。请于{date}前登录 {link} 完成本人核验，逾期将移交公安机关处理。",
    "{operator}提醒:您的号码因涉嫌发送诈骗信息被多次举报,将于今日{time}停机.如非本人操作,请回拨{phone}转公安备案,备案后可恢复使用.",
    "（图片）\n这是{city}市人民检察院对你下发的冻结管制令 你自己看 上面是不是你的名字跟身份证号\n今天下午五点之前不配合资金清查 就直接执行 到时候你单位也会收到协查函\n看到回复",
    "Hi, this is DC {fname} Hughes from the Metropolitan Police fraud unit. Your {banken} card has been cloned and we believe a member of bank staff is involved. Do NOT discuss this with the bank. Please call me back on 0207 {d3} {d4} quoting ref {d6}.",
    "【入境事務處】閣下身份證號碼涉及內地一宗洗黑錢案件，內地公安已發出通緝，請於今日內致電{phone}按9與專員聯絡，否則閣下出入境權利將被凍結。",
    "{surname}警官：保密协议已经发你了 看完在最后一页签上名字 按手印 拍照发我\n我：必须要签吗\n{surname}警官：签了才能证明你是配合调查的 否则就按嫌疑人处理\n我：好吧\n{surname}警官：记住 调查期间不能跟任何人联系 家人问起来就说在加班\n{surname}警官：你名下除了{bank}还有几张卡 全部拍照发过来",
    "税务稽查{d4}：你好 我是税务局稽查局工作人员 经核查你名下有一笔{year}年的劳务报酬未申报个税 涉嫌偷逃税\n用户：我没有啊 是不是搞错了\n税务稽查{d4}：系统数据不会错 你现在补缴滞纳金{amount}可以免于移交公安\n用户：能去税务局当面办吗\n税务稽查{d4}：案件已经进入稽查流程 线下窗口办不了 按我发的账户缴纳 缴完截图",
    "网警：你好，这里是{city}网警，你的支付宝账户近期有多笔资金流入境外赌博平台\n我：？？？我不赌博\n网警：可能是账户被盗用，需要你配合做资金核查\n网警：你下载这个“公安资金核查”app {link}，登录后按提示操作\n我：官方app不是应该在应用商店吗\n网警：内部系统不对外上架，你抓紧，今天之内不核查账户会被永久冻结",
    "陳檢察官：您好 我是台北地檢署承辦檢察官 您涉及的洗錢案已經由警方移送過來\n民眾：我真的不知道發生什麼事\n陳檢察官：我理解 所以給您一個機會 等一下開LINE視訊 我出示證件給您看\n陳檢察官：這是偵查不公開 不能跟家人講 銀行行員問起來 就說是要買房子付頭期款\n民眾：那要領多少\n陳檢察官：把定存解約 全部交給我們派去的專員 會開收據給您",
    "对方：现在你去最近的银行 柜台取不了就用手机银行\n对方：钱转到这个账户 {bank} 户名{name} 这是我们专门的资金监管账户\n我：这是个人名字啊\n对方：这是我们专案组的资金监管人 对外不能用单位名义 怕打草惊蛇\n我：转了以后多久能退回来\n对方：核查完毕{hours}小时内原路返还 你转完把回单拍照发我",
    "Unknown: Hello, this is Inspector {fname} from PDRM Bukit Aman. Your IC number was used to open an account linked to money laundering case {case}.\nMe: Sorry what? I never open any account\nUnknown: Ok no need panic. Since you are not the suspect, you must cooperate. Cannot tell anyone ya, this is a confidential case.\nUnknown: Need to verify your savings. Please download this app for the online statement {link}\nMe: can I go to balai polis instead?\nUnknown: No need, waste time. Must complete today otherwise warrant will issue",
  ],
  fake_loan: [
    "客服：喂您好 这边是{lender}的客户经理 看到您之前在我们平台有过一个申请记录 当时没有下款是吧\n用户：呃 好像是\n客服：是这样的 我们这个月有个回馈活动 针对老客户额度最高能给到二十万 年化只有百分之三点几 不看征信 也不用抵押\n用户：不看征信啊\n客服：对的 只要您有身份证 有一张正常使用的银行卡就可以 您现在方便的话 我加一下您微信 把申请流程发给您 您看一下",
    "女：喂 是{name}吗 这边是{loanapp}风控部的 您刚才在我们平台申请的{amount2}元借款 审核是通过了 但是放款失败\n男：为什么失败\n女：系统显示您填写的银行卡号跟姓名不一致 资金现在被冻结在您的借款账户里面了\n男：那我改一下卡号不就行了\n女：改不了的先生 需要您先转{amount}元做解冻 证明这张卡是您本人在用 解冻后这笔钱会跟借款一起打到您卡上\n男：我要是有钱我还借什么啊\n女：那没办法 不解冻的话合同已经生效了 您照样要按月还款 还会上征信",
    "呃 您这个情况是这样 我们审核下来 您的银行卡流水不足 就是 风控那边判定您没有还款能力 所以这个钱放不出来 嗯 您不用担心 有办法的 您先往我们提供的这个账户转{amount} 做一下流水 证明您的还款能力 然后系统会重新审核 审核通过以后 这个{amount}是连同您的借款一起退回给您的 不会扣您的钱 嗯 对 就是走个流程 很多客户都是这么操作的 您放心",
    "用户：我已经审核通过了 为什么提不了现\n客服：您好 您现在是普通用户 普通用户提现需要排队 大概要{days}天左右\n用户：那么久 我急用啊 家里老人住院\n客服：理解的 您可以开通一下VIP会员 会员费{small}元 开通以后是优先放款 两小时内到账\n用户：会员费能退吗\n客服：会员费在您第一期还款的时候可以抵扣的 相当于不花钱 您要开的话我把付款码发您",
    "中介：你这个征信确实有点花 直接去银行是批不下来的\n客户：那还有办法吗\n中介：有 我们专门做这个的 帮你把资料包装一下 社保 工作证明 银行流水 都给你弄好 保证下款\n客户：要多少钱\n中介：前期先收包装费{amount} 下款以后再收八个点的服务费 你放心 我们在{city}做了好几年了 不下款全额退\n客户：那我先转一部分可以吗\n中介：这个不行 资料要找人做 都是要花钱的 你考虑好了再找我",
    "放款专员：您好 您的借款合同已经生成了 在放款之前需要您缴纳首期还款保证金 是借款金额的百分之十\n借款人：之前没说要交钱啊\n放款专员：这个是为了防止有人借了钱不还 是平台的规定 而且是打到您自己的还款账户里 相当于冻结在您名下 不是给我们\n借款人：那我怎么转\n放款专员：您扫这个二维码 打到您的个人还款账户 显示的收款名字不是您的没关系 那是第三方托管",
    "嗯 你好 我那个 我在你们那个{loanapp}上借了钱 就是 提现的时候一直显示 呃 账户异常 你们让我交了{small}的手续费 交完又说要交那个什么 税费 嗯 对 说是个人所得税 我就想问一下 这个到底还要交多少钱啊 你们 你们这个是不是正规的 我身边的人都说我被骗了 嗯 你说交完这一次就能到账是吧 你保证吗 那你把收款账户再发我一遍",
    "代辦：您好 我們是鼎信融資顧問 您之前在網路上填了借款資料 想借多少\n民眾：大概二十萬\n代辦：可以 我們合作的銀行免照會 免保人 但是您的帳戶要先做金流 讓銀行看到有進出\n民眾：要怎麼做\n代辦：您把存摺跟提款卡用超商店到店寄過來 我們會幫您把帳戶美化 大概{days}天就寄還給您 密碼也要給我們喔 不然沒辦法操作",
    "職員：喂 {fname} 先生 你好 我哋係財務公司嘅 你上網申請嗰筆貸款批咗啦 五萬蚊 免入息證明\n客人：咁快？\n職員：係呀 不過過數之前要你俾一千五百蚊行政費 同埋要你先做一次還款紀錄\n客人：點解未借到就要俾錢\n職員：呢個係公司規定嚟嘅 確認你個戶口係用緊 你入咗數之後半個鐘就過數俾你㗎喇 你唔好錯過今日個優惠",
    "Agent: Hello sir, I am calling from QuickRupee Finance, your instant loan of 2 lakh is approved, no CIBIL check required.\nCustomer: Ok but I didn't apply anything na\nAgent: Sir your number was selected from our pre-approved list only. For disbursal you have to pay processing fee of Rs 2,499 plus GST, that is fully refundable sir.\nCustomer: Can you deduct from the loan?\nAgent: Not possible sir, RBI rules. Pay on this UPI ID, amount will credit in your account within 30 minutes",
    "客服：先生您好 您的贷款已经打款了 但是被银行拦截了 因为贷款金额超过了五万 需要您先缴纳百分之五的个人所得税\n先生：借钱还要交个税？\n客服：是的 这是国家规定的大额资金交易税 缴完之后马上解除拦截\n先生：那能从贷款里扣吗\n客服：扣不了 资金已经在银行监管账户里了 只能您这边另外转 我们财务会给您开收据 您放心",
    "……对 就是我们风控这边审核的时候 发现您的账户有一个异常 您最近是不是在别的平台也申请过贷款\n嗯 申请过一两个\n那就对了 多头借贷 系统判定您有风险 这个时候呢 需要做一笔验资 就是您往这个账户里转一笔钱 金额是借款的百分之二十 证明您有还款能力 验资完成以后 半小时之内本金加验资款一起给您打过去\n那我转过去你们不退怎么办\n您放心 我们是持牌机构 合同上面都写着的 有公章的",
    "【{lenderapp}】尊敬的用户，您的借款额度已提升至{amount2}元，年化利率低至3.6%，最快1分钟到账，点击 {link} 立即领取，拒收请回复R",
    "征信花了也能下 黑户白户都可以 无视负债 当天下款 额度3-20万 急用钱的加V：{wx} 备注贷款",
    "【快速借款】免保人、免照會、免聯徵，當日撥款最高50萬，學生、家管、信用瑕疵皆可辦理，加LINE ID：@loan{d4} 專人服務",
    "Congrats! You are PRE-APPROVED for a cash loan of PHP 50,000, no collateral, no co-maker. Just pay PHP 1,500 insurance fee via GCash to release. Reply YES or message us on Telegram {tg}",
    "您在{loanapp}申请的{amount2}元借款已审核通过，因您填写的收款银行卡号有误，资金已被冻结，请于{hours}小时内联系在线客服处理，逾期将计入征信。",
    "宝妈 大学生 上班族 有身份证就能借💰 不查征信 不打电话给家人 {small}元起借 秒到账 下载{loanapp}👉 {link}",
    "在线客服：您好，经核实您的收款卡号填写错误，资金已被系统冻结\n用户：我填的没错啊，你看我截图\n在线客服：系统显示有一位数字不符，为保障资金安全，需您缴纳解冻金{amount}元验证本人身份\n用户：我现在手里没钱\n在线客服：可以找亲戚朋友借一下，解冻后连同借款一起返还到您卡里，半小时到账\n用户：那好吧 转哪里\n在线客服：请向以下账户转账，转完后上传凭证",
    "贷款顾问：亲 你这个流水不够 需要做一下\n我：怎么做\n贷款顾问：你先转{amount}到我们财务 他会再转回给你 来回转几次 银行那边就能看到有流水了\n我：这样行吗 会不会有问题\n贷款顾问：放心 我们天天都在做 你看这是其他客户下款的截图\n我：好 我先转\n贷款顾问：收到 财务那边说还差一笔 金额要达到借款的三成才行",
    "李经理：资料我看了 你这个负债有点高\n李经理：这样 我们内部有个会员通道 开通的客户走绿色审核 不看大数据\n我：要钱吗\n李经理：会员费{small} 一次性的 下款后给你返一半\n我：下款大概多久\n李经理：今天开通 明天上午就能到 过了今天活动就结束了 名额只剩三个",
    "財務：Hi 先生 你嘅私人貸款已經批咗 $80000 分36期\n我：好呀 幾時過數\n財務：要你先過$3000 保證金去我哋指定戶口 證明你有還款能力\n我：唔係話免手續費咩\n財務：呢個唔係手續費嚟 係保證金 第一期還款嗰陣會抵扣返\n財務：今日五點前入數 今晚就有錢用",
    "Loan Officer: Good day sir, your loan of N500,000 has been approved by our management\nMe: Thank God. When will I receive it\nLoan Officer: Before disbursement you are required to pay a one time registration and insurance fee of N15,000 to the account below\nMe: Why I need to pay first? Deduct it from the loan\nLoan Officer: Sir the system cannot deduct, it is CBN policy. Once payment is confirmed your money will drop within 10 minutes",
    "客服：您的解冻已完成，现在只差最后一步\n我：又是什么？你们说上一笔交完就放款的\n客服：放款前需要缴纳资金到账的税费{small}元，这个是银行收取的，不是我们平台收\n我：我已经交了{amount}了\n客服：理解您的心情，之前的款项放款时会一起退还，您现在放弃的话前面的钱就拿不回来了\n我：……",
  ],
  customer_service: [
    "客服：喂您好 请问是{name}吗 我这边是{courier}的理赔专员 工号{d4} 您在{shop}买的一个{goods} 在我们中转站丢失了\n用户：啊 丢了？我还说怎么一直没到\n客服：非常抱歉给您带来不便 根据规定我们这边给您三倍赔偿 商家那边已经同意了 您看您用支付宝还是微信收款\n用户：支付宝吧\n客服：好的 那您打开支付宝 右上角加号 点扫一扫 我这边给您发一个理赔的二维码 您扫完会进入一个理赔页面 您先别挂",
    "喂 您好 这里是{shop}售后中心 请问您是不是前几天购买了一款 呃 面霜 对 是这样的 您购买的这批产品经过质检部门抽检 发现有害物质超标 已经下架召回了 我们这边要给您做一个双倍退款的处理 货您不用寄回 直接扔了就可以 嗯 退款需要您配合一下 您打开支付宝 看一下您的备用金 或者借呗 里面有多少额度 嗯 您先看一下 我等您",
    "A：您好 这边是{app}客服 您之前开通了一个百万保障服务 今天到期 明天开始每个月会自动扣费{small}元\nB：我没开过啊\nA：可能是您之前不小心点到了 或者被人冒名开通的 这个需要您本人操作关闭 不然扣一年下来也好几千\nB：那怎么关\nA：我们这边要开一个视频会议 您下载一个会议软件 共享屏幕 我一步一步指导您关闭 全程大概十分钟 您那边有电脑吗 手机也可以",
    "男：喂您好 这边是抖音客服 您的账号绑定了一个[抖音月付|会员自动续费]服务 系统显示明天会开始扣费 每个月{small}元\n女：我没开过这个\n男：对 很多用户都是误点开通的 您要取消的话需要在今天之内完成 不然就自动扣了 而且扣费记录会同步到征信\n女：这么严重 那怎么取消\n男：取消需要验证您的还款能力 您看您手机里有没有其他的借款软件 比如借呗 微粒贷 我这边指导您操作",
    "客服：您好，您是不是在{date}晚上进过一个直播间\n用户：嗯 刷视频的时候有看过\n客服：是这样，您在直播间点了一个主播的付费服务，是按天扣费的，每天{small}元\n用户：我没点啊\n客服：可能是误触，系统检测到的，我这边可以帮您关闭，但是要在银行端做一个撤销，您用的是哪个银行的卡\n用户：{bank}\n客服：好，那我帮您转接{bank}的客服，您别挂，他会教您怎么操作",
    "嗯 您好 是{name}先生吗 我这边是航空公司客服 您预订的{date}从{city}出发的航班 呃 因为机械故障取消了 非常抱歉 我们这边可以给您免费改签到下一班 另外还有一个延误补偿 是{small}元 需要您提供一下收款的银行卡 嗯 对 补偿款要通过银行打给您 您那个 您身边有银行卡吗 有的话您去附近的ATM机上操作一下 我给您讲怎么弄",
    "客服：请问是{name}同学吗 我这边是{shop}的客服 您在大学期间开通了我们平台的学生账户 现在您已经毕业了\n用户：嗯 毕业两年了\n客服：对 根据监管的规定 学生账户必须在毕业后注销 不然会被认定为违规 影响您的个人征信 以后买房买车都贷不了款\n用户：这么严重吗 我都没用过\n客服：没用过也要注销的 现在帮您操作 您打开一下手机的设置",
    "……对 您支付宝里面这个备用金 是我们平台默认给您开通的 它是按日计息的 嗯 您现在点开看一下 是不是有五百的额度 对吧 您现在需要把这个钱先取出来 转到我们的清算账户 做一个 就是 额度清零的操作 清零以后这个功能就自动关闭了 不会再产生利息 嗯 对 转过来以后 我们系统核对完了 会原路退给您的 您放心 全程有录音",
    "女：您好 这里是京东客服 您在京东买了一台电脑 下单的时候是不是选了分期付款\n男：没有啊 我是全款买的\n女：那就是我们系统出错了 把您设置成了十二期分期付款 每个月会从您银行卡扣{small}元\n男：那你们赶紧改过来啊\n女：我们这边改不了 需要您的银行配合解除 等下会有{bank}的客服打给您 您按他说的操作就可以 您注意接听",
    "客服：您好 這裡是博客來客服 因為我們系統遭到駭客入侵 您上個月的訂單被誤設成批發商 之後每個月會扣款 連扣十二期\n民眾：蛤 那怎麼辦\n客服：您不用擔心 等一下會有您的往來銀行客服跟您聯絡 協助您解除設定\n（幾分鐘後另一通電話）\n銀行專員：您好 我是林專員 您身上有提款卡嗎 請您到最近的ATM 我一步一步教您操作解除",
    "客服：喂 你好 我哋係網購平台客服部 你上個禮拜買嗰件衫有質量問題 我哋要退款俾你\n客人：哦 好呀\n客服：因為系統問題 退款要經網上銀行處理 我send條link俾你 你登入網上銀行 填埋收到嘅驗證碼就會自動退錢\n客人：使唔使咁麻煩㗎\n客服：冇辦法㗎 唔係退唔到錢俾你 你快啲 條link十分鐘就過期",
    "Caller: Hi, this is {fname} from Amazon customer support. We're calling about an order for an iPhone 15 Pro for $1,299 charged to your account. Did you authorize this purchase?\nMe: No, I didn't order anything.\nCaller: Okay, no worries, we'll cancel it. I just need you to go to your computer and download AnyDesk so I can process the refund on your screen.\nMe: Why do you need access to my computer?\nCaller: It's only to verify the refund page, it's very safe. Please don't hang up, the order ships in thirty minutes.",
    "【{courier}】您的快件{d12}在运输途中丢失，我司将按商品价值三倍赔付，请添加理赔专员微信{wx}办理，{hours}小时内未处理视为自动放弃。",
    "尊敬的顾客：您于{date}在{shop}购买的商品经质检不合格已被召回，现为您办理退款{small}元，请点击 {link} 填写退款信息。",
    "【{app}】您开通的会员服务将于明日自动续费{small}元/月，如非本人开通或需取消，请致电专属客服{phone}，逾期不予退还。",
    "【蝦皮購物】親愛的會員您好，因系統錯誤，您的訂單被設定為12期分期付款，請盡速聯繫客服專線 02-{d4}-{d4} 取消，以免造成重複扣款。",
    "Amazon: A purchase of Apple iPad for {gbp} has been placed on your account. If this wasn't you please call 0203 {d3} {d4} immediately to cancel and receive a refund.",
    "【航班取消通知】尊敬的旅客，您预订的{date}{city}出发的航班因机械故障已取消，请致电客服{phone}办理免费改签，并领取延误补偿{small}元，给您带来不便深表歉意。",
    "理赔专员：您好 您的快递已确认丢失 赔付金额{small}元\n我：好的 直接打给我吧\n理赔专员：由于您的支付宝信用分不够 理赔款无法直接到账 需要您先开通备用金 提升信用分\n我：开了以后呢\n理赔专员：开通后把备用金转到我们的理赔账户 系统验证后会连同理赔款一起退还\n我：这听起来怪怪的\n理赔专员：这是平台流程 很多用户都办过的 不办理就视为放弃理赔",
    "商家：亲 您的订单支付后系统卡单了 货发不了\n我：那怎么办\n商家：需要您联系平台客服解冻 这是客服二维码 扫一下就行\n（对方发来一张二维码图片）\n我：扫了 让我再付一次？\n商家：是的亲 这是解冻订单的验证款 确认后会原路返还两笔钱的\n我：为什么不能在淘宝上直接处理\n商家：平台里面处理要等七个工作日 您着急的话只能这样",
    "客服小雅：您好 您在直播间误开通了主播守护服务 每天扣费{small}元\n我：怎么关\n客服小雅：需要您下载一个会议软件 我们技术人员共享屏幕帮您关\n我：下好了 会议号多少\n客服小雅：{d6} 进去以后点共享屏幕 期间收到的验证码不用理 我们这边看得到\n我：那不是会被你们看到吗\n客服小雅：放心 我们有保密协议 关闭完成就退出",
    "客服-小林：您好，这边是{shop}官方客服，系统检测到您的账号仍是学生会员身份\n我：我早就毕业了\n客服-小林：对的，所以需要取消学生认证，否则平台会被认定违规，您的账号会被封，还会上报\n我：上报给谁？\n客服-小林：人民银行那边，会影响您的个人信用。我们帮您操作，您先把手机银行打开\n我：为什么要打开手机银行\n客服-小林：取消认证要核实您名下的资金流水",
    "Flipkart Care: Dear customer, your refund of Rs 4,599 for order OD{d12} is pending.\nMe: Ok, please send it to my account\nFlipkart Care: Kindly scan the QR code sent to you and enter your UPI PIN to receive the refund amount.\nMe: why PIN? for receiving money also PIN needed?\nFlipkart Care: Yes sir, new RBI verification process, without PIN refund will be cancelled. Please do fast",
    "買家：你好 我已經喺Carousell用旋轉保障付咗款 你要去驗證一下先收到錢\n賣家：點樣驗證？\n買家：佢哋會send個link俾你 你填埋信用卡資料同OTP就得\n（對方傳來 {link}）\n賣家：點解收錢要填信用卡？\n客服：您好 我係Carousell客服 為保障交易安全 需要驗證賣家身份 請喺五分鐘內完成 否則款項會退返買家",
  ],
  acquaintance: [
    "甲：喂 老{surname}啊\n乙：哎 你是哪位\n甲：哎呀 你听不出我声音了 你猜猜我是谁\n乙：呃 是小刘吗\n甲：对对对 是我 我换号了 你存一下这个新号 原来那个不用了\n乙：哦小刘啊 好久没联系了 最近咋样\n甲：还行还行 我这边过两天要去{city}出差 顺路去看看你 到时候再联系啊 先不说了 我这边领导叫我开会",
    "孙子：奶奶 是我 你孙子\n奶奶：啊 你声音怎么不对啊\n孙子：我感冒了 嗓子哑了 奶奶 我跟同学打架了 把人家打伤了 现在在派出所\n奶奶：啊呀 要不要紧啊\n孙子：奶奶你别告诉我爸妈 他们知道了会打死我的 警察说赔人家医药费就能私了 你先帮我垫一下\n奶奶：要多少啊\n孙子：{amount2} 等下有个警察叔叔打给你 他会告诉你怎么给",
    "喂 舅舅 是我啊 嗯 我换了个号 原来那个手机摔坏了 嗯 对 我在{city}这边 呃 就是 出了点事 开车把人家蹭了 人家要我赔钱 不赔就报警扣车 我卡里钱不够 嗯 你能不能先借我{amount} 我回去就还你 这事你先别跟我妈说 她身体不好 我怕她着急 你转到我同事卡上就行 我的卡今天转账额度满了 嗯 我把卡号发你短信",
    "喂 小{surname}啊 是我 嗯 听出来了吧 你明天上午来一趟我办公室 嗯 有个事情要跟你当面说 对 你记一下我这个号码 这是我私人号 原来那个号现在工作电话太多 我不怎么用了 嗯 对 你存一下 加个微信也行 就是这个号 好 那先这样 我这边还有个会 对了 这个事先别跟别人提 明天来了再说 你现在方便的话先加一下我微信 有个材料我先发你看看",
    "男：喂 是{name}吗 我是你高中同学啊 王磊 还记得吧 三班那个\n对方：王磊啊 记得记得 好多年没联系了\n男：是啊 我现在在{city}出差 手机跟钱包昨天在火车上被偷了 现在这个是借酒店前台的电话\n对方：那你现在咋办\n男：我明天要见个客户 身上一分钱没有 你能不能先转我{small}应个急 我回去马上还你 我把我同事的微信发你 你转给他就行",
    "（视频通话 画面里是朋友的脸 有点卡）\n对方：喂 喂 看得见吗 我这边信号不太好\n我：看得见 你怎么了 怎么拿这个号打\n对方：我在外面谈项目 有个急事要你帮忙 我这边要给合作方付一笔保证金 我的卡今天额度超了\n我：多少钱啊\n对方：{amount2} 你先转到我发你的这个账户 晚上就还你 哎 信号不行了 我先挂了 文字说",
    "领导：小{surname} 在吗 我这边有个事你帮我处理一下\n员工：{surname}总您说\n领导：我之前跟一个朋友合作 欠他一笔款 今天必须给他 我在外面陪上级吃饭 不方便操作 你先从公司账上转给他 我回来补手续\n员工：要不要走一下审批\n领导：来不及了 我回头签字 你先转 账号我发你微信上 转完截图给我 这事先别在群里说\n员工：好 好的\n领导：抓紧 对方催了",
    "嗯 喂 您好 是{name}的家长吗 我是他班主任 我姓{surname} 嗯 对 是这样 学校这学期要统一订一批复习资料 每个学生{small}元 呃 今天下午就要交齐 您这边方便的话 直接扫我发到班级群的那个二维码就可以 嗯 对 就是刚刚在群里发的那个 您不要私下问其他家长 这个是自愿的 交了的我这边登记一下 没交的孩子明天就没有资料用了",
    "歹徒：喂 猜猜我是誰啦\n民眾：嗯 是阿明嗎\n歹徒：對啦 就是我 我手機換了 你把這個號碼存起來\n（隔天）\n歹徒：欸 我現在有點急 公司要付一筆貨款 銀行那邊卡住了 你可以先借我五萬嗎 禮拜一就還你\n民眾：這麼急喔\n歹徒：拜託啦 老朋友了 你匯到我朋友的帳戶就好 我等一下LINE給你 你先不要跟別人講 很丟臉",
    "呃 喂 喂 聽唔聽到呀 係咪嫲嫲呀 係我呀 你個孫呀 你估吓我係邊個 係呀 就係我 嗯 我喉嚨唔舒服 所以把聲唔同咗 嫲嫲 我出咗啲事 我撞親人 而家喺差館 個人話要賠錢 唔賠就告我 嫲嫲你唔好話俾爸爸媽咪知呀 佢哋一定鬧死我 你可唔可以幫我攞啲錢 我個朋友會上嚟屋企搵你攞 你唔好打電話俾其他人 佢哋會以為你報警 唔該晒嫲嫲",
    "Voice: Grandpa? It's me. I'm in trouble.\nGrandpa: {fname}? You sound funny.\nVoice: I broke my nose, that's why. I was in a car accident and the other driver was pregnant, they arrested me. Please don't tell Mom and Dad.\nGrandpa: Oh my god, are you okay?\nVoice: I'm okay. My lawyer is gonna call you, he'll explain the bail. It's like nine thousand. Please Grandpa, I'm so scared. Someone from the court will come pick up the cash.",
    "……哎 对 我是你表姑啊 你小时候我还抱过你呢 嗯 你妈妈身体还好吧 哦 那就好 那个 呃 是这样的 我这次打电话给你 就是 有个事 不好意思开口 你表哥在{city}住院了 要做手术 押金还差一点 我这边 就是 一下子凑不齐 你看你方便的话 先借我一点 嗯 不用多 {amount}就够了 下个月 下个月肯定还你 你别跟你妈说 她知道了又要担心",
    "我是{surname}总，这是我新号，旧号不用了，你加一下我微信{wx}，有事找你。",
    "爸 我手机掉水里了 这是同学的手机 你加我这个微信{wx} [有急事|急] 别打电话 同学在上课",
    "Hi Mum, it's me 😊 this is my new number, dropped my phone down the loo 🙈 can you save this one and delete the old one. Are you about? Need a favour x",
    "喂 我換咗新號碼呀 之前個電話壞咗 你save返呢個先 遲啲有啲嘢想搵你幫手 而家唔方便講電話 WhatsApp傾",
    "在吗？帮我个忙，我在外面手机银行用不了，你先帮我给这个卡转{amount}，我晚上回去就还你。急！卡号我发你",
    "Hi, this is {fname}, your HOD. I am in a meeting, can't talk. Need a small favour, buy 5 Amazon gift cards of Rs 5000 each for a client, I'll reimburse by evening. Send me the codes here. Keep it confidential.",
    "{surname}总：@财务 {name} 今天跟{company}那边的合同签了 预付款要马上打过去\n财务：{surname}总 金额多少\n{surname}总：{amount2} 账户我私发你\n财务：好的 要走OA审批吗\n{surname}总：我在开会 回头补 先打 对方等着\n{surname}总：打完把回单截图发我 其他人先别说",
    "老同学：在吗\n我：在 咋了\n老同学：不好意思开口 我老婆在{hospital}生孩子 大出血 医院要先交押金 我卡里的钱被冻结了\n我：啊 严重吗\n老同学：在抢救 你先借我{amount} 周五工资发了还你\n我：你打个语音给我吧\n老同学：在产房外面 不方便 医生叫我签字 你先转吧 求你了",
    "表弟：哥 在不\n我：在\n表弟：帮我付个款呗 我微信支付额度满了 对方等着收\n我：付啥\n表弟：给我一个朋友买机票的钱 我转给你 你帮我转他\n表弟：（转账截图）我已经转你了 银行说要两小时到账 你先帮我垫着转给他\n我：我这没看到到账啊\n表弟：延迟的 你看截图 我不骗你 他那边急着值机",
    "阿姨：在嗎 可以幫我一個忙嗎\n我：怎麼了\n阿姨：我手機沒辦法收簡訊 你幫我收一下驗證碼 我把你的號碼給他們\n我：好啊\n阿姨：收到了嗎 六位數的 傳給我\n我：收到了 是{code}\n阿姨：謝謝 再幫我一個忙 我想買點數卡給孫子 你去7-11幫我買 錢我明天給你",
    "儿子：妈 我这个号是新的 你加一下\n妈：你原来的号呢\n儿子：原来的号被封了 妈 我有件事你别跟我爸说\n妈：咋了\n儿子：我跟同事借了钱 今天到期 不还他要闹到公司去 你帮我转给他 {amount} 我下个月发工资还你\n妈：你打个电话给我\n儿子：我在单位 不方便说话 领导在旁边 你先转 他卡号我发你",
    "对方：刚才视频你看到是我了吧\n我：看到了 但是画面一直卡 你没说几句就挂了\n对方：在外面信号差 你放心 是我\n对方：钱你转到这个卡上 {bank} 户名是我一个合作方 他会直接去处理\n我：你这个号怎么以前没加过\n对方：工作号 原来那个微信被封了 快点吧 人家在等",
  ],
};
