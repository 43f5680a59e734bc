/**
 * Arrival (session 18; scripts/score-set.ts): 2.5 % flagged on 114319c, 1.6 % on e424faa (delivery, personal 4.2 %,
 * government 6.3 %: a 96110 officer's call about a meeting app); 1.2 % after a fix found on it ('如果有人…让您加QQ…千万别信'
 * a hypothetical, no ask). Then joined to the tune split.
 *
 * Blind tuning genuine set 105 — 16 real-world-style genuine templates for each of the 9 categories.
 *
 * Written BLIND (session 18): the author did not open, list, search or run anything from the
 * project; only the brief in /work/tune105/prompt.md was read. Every text was invented from general
 * knowledge of how genuine messages and calls look in 2024–2026.
 *
 * Focus: real-world style. At least 8 templates per category are phone-call transcripts or
 * multi-turn chats (150–600 characters) with varied speaker labels (坐席/客户, left/right, A/B,
 * 客服/用户, nicknames, or no labels at all), ASR-like punctuation and fillers (嗯、呃、那个、就是),
 * interruptions, numbers read as words. The rest are everyday forwarded messages: SMS with 【签名】
 * and 退订 tails, screenshot OCR with timestamps and nicknames, WhatsApp/LINE exports.
 * Three texts per Chinese category are Traditional Chinese (Taiwan usage and Hong Kong Cantonese);
 * the `english` category mixes UK, US, Indian, Singaporean, Australian, Nigerian, Filipino and
 * Malaysian English.
 *
 * Hard genuine cases on purpose: bank risk teams confirming a transfer the customer made, bank
 * anti-fraud interception calls, collectors naming 逾期/征信/起诉 but pointing only to the official
 * app, police calling a victim after a report, 96110 warning calls, couriers about lost parcels,
 * refunds the customer asked for, relatives who really changed number, colleagues passing on the
 * boss's request. None asks for a code, an up-front fee, a transfer to a "safe"/stranger's account,
 * screen sharing, or a link on an odd domain.
 *
 * Public sources whose DESCRIPTIONS were paraphrased (no real text copied): anti-fraud guidance of
 * China's National Anti-Fraud Center / 96110, Taiwan's 165 hotline and Hong Kong's ADCC; UK Finance
 * "Take Five", Ofcom and NCSC advice on genuine vs. fake texts; US FTC consumer alerts; Singapore
 * ScamShield; public descriptions of bank/courier/telco SMS formats and of call-centre transcript
 * corpora (speaker-labelled ASR output).
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_TUNING_105_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "坐席：您好，这里是{bank}信用卡中心风险管理部，工号{d4}，请问是{surname}先生吗？\n客户：嗯，是我。\n坐席：您今天{time}通过手机银行向尾号{d4}的账户转账{amount2}元，金额比较大，系统触发了例行核实，想跟您确认一下是不是本人操作。\n客户：对对，是我，那个……给我弟交首付的。\n坐席：好的，收款人是您认识的亲属对吧？\n客户：对，亲弟弟。\n坐席：好的，已为您解除延时到账。提醒您，我们不会在电话里索要验证码和密码，如果对这通电话有疑问，可以挂断后拨打卡背面的{bankno}核实。\n客户：好嘞，谢谢。",
    "【{bank}】您尾号{d4}的借记卡{date}{time}[消费|快捷支付|转账]支出人民币{small}.00元，活期余额{amount}.36元。[如非本人操作请致电|详询]本行客服热线。",
    "【{bank}】尊敬的客户，您尾号{d4}的账户因{city}市人民法院执行案件（{case}）需要，已被司法冻结，冻结金额{amount}元。如有疑问请直接联系承办法院，或携带本人身份证件到我行网点咨询。本行不会通过短信、电话要求您转账解冻。",
    "【{bank}】反诈提醒：近期有人冒充“客服”称您开通了“百万保障”“会员自动扣费”，诱导您共享屏幕、转账到所谓“安全账户”，这些都是诈骗！我行客服电话仅为{bankno}，凡是要求您转账“验资”“解冻”的，一律是骗子。",
    "【台新銀行】您末四碼{d4}之信用卡於{time}在[全聯福利中心|家樂福|蝦皮購物]消費新台幣{small}元。如非本人消費，請立即撥打卡片背面客服專線。本行不會以電話要求您操作ATM。",
    "客服：您好，這邊是玉山銀行信用卡風險控管中心，敝姓林，請問是陳小姐本人嗎？\n客戶：對，我是。\n客服：我們偵測到您的卡片剛剛在日本大阪有一筆約一萬兩千日圓的刷卡，想跟您確認是不是本人使用？\n客戶：是我啦，我現在人在大阪玩。\n客服：好的了解，這幾天的海外消費我們會先幫您註記，不會再擋卡。提醒您，我們不會請您提供卡片背面三碼或簡訊驗證碼喔。\n客戶：好，謝謝你們。\n客服：祝您旅途愉快。",
    "{bank}信用卡\n{date} 08:02\n账单提醒\n尊敬的{surname}先生/女士，您本期账单金额¥{amount}.50，最低还款额¥{small}.00，请在到期还款日前还款。可通过{bank}App“信用卡-还款”办理。\n查看详情",
    "客服：{bank}客服，工号{d4}，很高兴为您服务。\n用户：喂，我那个卡被ATM吞了，就在{city}那个……那个人民路的自助银行。\n客服：您别着急，先确认一下，是您本人的卡对吧？\n用户：对。\n客服：吞卡一般是密码连续输错或者操作超时。卡会由网点在工作日取出，您带上本人身份证到这台ATM所属网点柜台领取就可以，不需要交任何费用。\n用户：那我今天晚上还能用吗？\n客服：今天可能不行，着急的话可以先在手机银行挂失补卡。\n用户：行，那我明天去网点。",
    "我：你好，我想把信用卡额度调高点，下个月要装修\n{bank}在线客服：您好，很高兴为您服务～临时额度可以在App“信用卡-额度管理”里自助申请，系统会根据您的用卡情况实时评估。\n我：要交什么费用吗\n{bank}在线客服：调额不收取任何费用哦。如有人以“提额”为由收取手续费或索要验证码，请提高警惕。\n我：好的 我自己去点\n{bank}在线客服：感谢您的咨询，祝您生活愉快🌸",
    "left: 喂您好是{name}阿姨吗，我是{bank}{city}支行的小{surname}，之前给您办定期那个\nright: 哦哦小{surname}啊记得记得\nleft: 就是跟您说一声您那笔三年期的定期下周三就到期了，到期以后会自动转存，如果您想换成大额存单或者别的，那天带身份证来网点，我在柜台这边\nright: 那我不去的话钱不会少吧\nleft: 不会的阿姨，钱一直在您自己卡上，您什么都不用操作\nright: 好好，那我周三过去问问\nleft: 行，您来之前打网点座机找我也行",
    "喂 您好 请问是{surname}先生吗 这边是{bank}客服中心的 嗯 是这样 系统显示您在我行登记的身份证件已经过期了 根据监管要求需要更新一下 不然后面非柜面交易可能会受限 呃 您可以在{bank}手机银行里拍照上传新的身份证 或者带身份证到任意网点办理 都是免费的 嗯 我们不会让您提供密码或者验证码 也不会让您点什么链接 您有疑问可以直接拨打{bankno} 好的 那不打扰您了 再见",
    "【東亞銀行】你嘅戶口（尾號{d4}）已透過轉數快收到HKD{small}.00，付款人：CHAN T** M**。如有查詢，請致電本行客戶服務熱線。本行唔會以短訊或電話要求你提供密碼或一次性密碼。",
    "坐席：您好，{bank}反诈专线，请问是{name}本人吗？\n客户：是，怎么了\n坐席：您十分钟前向一个个人账户转账{amount2}元，这个收款账户被多家机构标记为涉诈账户，我们先暂缓了这笔交易。方便问一下是什么用途吗？\n客户：呃 就是……一个网上认识的老师说带我做投资，要先充值\n坐席：这高度疑似投资类诈骗。建议您不要再转，这笔我们会退回您原账户，您也可以拨打110或者96110咨询。\n客户：啊？那我……好，我先不转了\n坐席：好的，钱还在您自己的卡里，请放心。",
    "【{bank}】您的个人住房贷款本期应还{amount}.12元，将于{date}从尾号{d4}账户自动扣款，请确保账户余额充足，以免逾期影响个人征信。",
    "【{bank}】尊敬的持卡人，您尾号{d4}信用卡的年费{small}元将于下期账单收取。本年度累计消费满6笔即可免收次年年费，您目前已满足条件，本次年费将自动减免。",
    "{surname}经理（{bank}）\n{time}\n姐，您那笔R2的理财下周一到期，本金加收益会自动回到您卡里，不用做什么哈\n我\n好的 那收益大概多少\n{surname}经理（{bank}）\n业绩比较基准是2.8%左右，但不保证，实际以到账为准。要续买的话您在App里自己看，风险测评记得先做一下\n我\n👌 知道了",
  ],
  lender: [
    "left: 喂，您好，请问是{name}吗？我这边是{lender}贷后服务中心的，工号{d4}\nright: 嗯，什么事\nleft: 您在{lenderapp}上的借款已经逾期{days}天了，欠款{amount}元，我们这边是正式提醒您\nright: 我这个月真的没钱，下个月发工资\nleft: 理解，但逾期记录会按规定报送央行征信，长期不处理公司会依法起诉。您有困难可以在App里申请延期或分期，千万别找什么“代还”“停催”的第三方\nright: 那我在App里点哪\nleft: 首页“我的账单”，里面有“协商还款”。还款只能在App里操作，我们不会让您转到个人账户\nright: 好吧我晚上看看",
    "【{lender}】尊敬的客户，您本期账单应还{amount}.08元，还款日{date}。请在{lenderapp}App内还款或确保绑定银行卡余额充足。如有疑问请致电官方客服。",
    "【{lenderapp}】您申请的借款{amount2}元已审核通过，资金已发放至您本人尾号{d4}的银行卡，请注意查收。首期还款日{date}，详情请在App“账单”中查看。",
    "客服：您好，这里是{lender}客服，您昨天在App里提交了协商还款申请，我这边跟您核实一下情况。\n用户：对，我失业了，实在还不上\n客服：了解。根据您的情况，可以把剩余{amount}元分成12期，每期金额在App里能看到，不额外收手续费。\n用户：那会上征信吗\n客服：之前已经逾期的记录会如实上报，分期以后按时还款就不会再产生新的逾期。\n用户：行，我同意\n客服：好的，方案已经推送到您App的消息中心，您自己点确认就生效。",
    "【{lender}】您在我司的借款已逾期{days}天，应还{amount}元。逾期信息将依法报送金融信用信息基础数据库，持续未还我司将依法通过诉讼途径追偿。请登录{lenderapp}App还款，切勿向任何个人账户转账。",
    "用户：喂，你好，我想问一下我那个借款能提前还吗\n客服：可以的，您在{lenderapp}里点“提前还款”，按实际使用天数计息。\n用户：那有违约金吗\n客服：您这笔合同约定提前还款不收违约金。\n用户：还完了能开结清证明吗，我要办房贷\n客服：可以，还清后在App“我的-证明开具”里申请，电子版一般一到三个工作日出。征信那边通常下个报送周期更新。\n用户：哦好的，谢谢啊",
    "【中國信託】親愛的客戶您好，您的個人信貸本期應繳金額新台幣{amount}元，繳款截止日為本月15日，請透過本行網路銀行、ATM或臨櫃繳款。逾期將影響您的信用紀錄。本行不會要求您匯款至個人帳戶。",
    "職員：喂，你好，請問係{surname}生嗎？我哋係恒信財務打嚟嘅\n客：係呀，咩事？\n職員：提提你，你份私人貸款今個月嘅供款{date}到期，金額係HK${amount}，你留意吓戶口有冇足夠錢自動轉賬呀\n客：哦，我會入錢落去，唔該\n職員：唔該晒。有咩疑問可以打返我哋熱線，或者去分行。我哋唔會叫你過數去私人戶口㗎\n客：明白，拜拜",
    "專員：您好，這邊是帳務管理中心，請問是王先生嗎？\n客戶：我是，怎麼了\n專員：您信用卡上期帳款新台幣{amount}元已經逾期二十天，想提醒您儘快繳納。持續未繳會影響聯徵紀錄，後續也可能依法進行催收程序。\n客戶：我知道啦，這禮拜五發薪水就繳\n專員：好的，您可以用帳單上的專屬繳款帳號轉帳，或是拿帳單到超商繳。\n客戶：好\n專員：那我這邊註記您週五繳款，謝謝。",
    "我：你好 我征信报告上显示你们这有一笔逾期 但我当时是按时还的\n{lender}在线客服：您好，请问是哪一期呢？我这边帮您查询还款记录\n我：去年{date}那期\n{lender}在线客服：查询到该期您是在还款日当天23:50还的，因银行扣款延迟入账，系统记为逾期1天。我们可以为您提交征信异议申请，处理时限为20个工作日，全程免费。\n我：要我提供什么\n{lender}在线客服：在App“征信异议”页面上传当天的银行扣款截图即可。\n我：好👌",
    "A：您好，{lender}审核部的，请问是{name}本人吧？您刚刚在{lenderapp}上申请了一笔{amount2}元的借款\nB：嗯对\nA：跟您核实几个信息，您现在在哪个公司上班\nB：就在{city}一家物流公司，做调度\nA：借款用途是？\nB：家里装修\nA：好的。提醒您放款前是不收取任何费用的，什么“保证金”“解冻金”都没有，如果有人这么说您别理。结果会短信通知，放款到您本人银行卡。\nB：明白。",
    "喂您好，请问是{surname}先生吗？我这边是{lender}的客服，打扰您一下，呃，您朋友{name}在我们这边留的电话一直打不通，想麻烦您方便的话提醒他登录一下{lenderapp}App看看消息，或者回电我们官方客服。具体什么事我们不方便跟您说，也不需要您替他做任何事情、还任何钱。好的，谢谢您，打扰了。",
    "【{lenderapp}】您于{date}{time}成功还款{amount}.00元，当前借款已全部结清。感谢您的信任，结清证明可在App内申请。",
    "【{lender}】您本次借款金额{amount2}元，年化利率（单利）{pct}，分12期，首期还款日{date}。请理性借贷、按时还款，借款资金不得用于购房、投资理财等用途。",
    "{lenderapp}  {time}\n【账单提醒】本月账单已出，应还¥{amount}.00，还款日前还款不影响征信\n\n微信  {time}\n妈：周末回来吃饭不\n\n{lenderapp}  昨天\n您的额度已更新，可在App内查看",
    "坐席：您好，我是{lender}汽车金融的，您车牌{plate}那台车的贷款已经连续两期没还了\n客户：知道知道，最近生意不好\n坐席：我得跟您说清楚，再逾期下去，根据合同公司可能会委托律师起诉，逾期记录也会上征信。您要是有困难，可以在官方App里提交延期还款申请，审核通过会有书面确认。\n客户：不会把车拖走吧\n坐席：现阶段没有，任何处置都必须走法律程序，会有正式通知。\n客户：那我下周先还一期\n坐席：好的，还款就在App里或者从您绑定的卡扣，别转给任何个人，包括自称我们员工的。",
  ],
  otp: [
    "客服：您好，{app}客服，请问有什么可以帮您\n用户：我换了新手机，登录让我输验证码，但是一直没收到\n客服：好的，请您先检查是否开了短信拦截，或者点一下“语音验证码”。\n用户：哦，收到了，是……\n客服：先生，验证码请不要告诉任何人，包括我，您直接在App里输入就行。\n用户：哦哦好，登上去了\n客服：好的，为了安全建议您在设置里开启设备锁。还有其他问题吗？\n用户：没了谢谢",
    "阿杰：我刚收到个短信说我在登录抖音 有个验证码 我没登啊\n我：那就是有人拿你手机号在试 或者别人输错号了 别管 别发给任何人\n阿杰：要不要改密码\n我：改一下吧 再去设置里看看登录设备 陌生的踢掉\n阿杰：ok 改完了 就我自己手机\n我：那没事了\n我：以后谁找你要验证码都别给 说是客服也不行\n阿杰：明白 谢了哥",
    "坐席：您好，{operator}客服，工号{d4}。\n客户：我手机卡丢了，想补一张\n坐席：补卡需要本人携带身份证到营业厅办理，或者在{operator}App里申请邮寄，要做人脸识别。\n客户：App上弄会发验证码吗\n坐席：会发到您这个号码上，但您卡丢了收不到，所以建议您直接去营业厅。另外我现在可以先帮您办挂失，防止被别人用。\n客户：好，先挂失\n坐席：已挂失成功，补卡前这个号码暂时不能收短信。",
    "【{app}】验证码{code}，您正在登录，[5|10]分钟内有效。请勿泄露给他人，工作人员不会向您索要。",
    "LINE：您的驗證碼為{code}。請勿將此驗證碼提供給任何人，包括自稱LINE客服人員或朋友者。",
    "【中銀香港】一次性密碼：{code}。你正於網上銀行轉賬至已登記收款人，金額HKD{small}.00。如非本人操作請致電本行。切勿向任何人透露此密碼。",
    "客服：你好，銀行客戶服務，有咩可以幫到你？\n客人：我登入手機App收唔到個短訊密碼呀\n客服：明白，我幫你睇吓，你登記嘅手提號碼尾四位係咪{d4}？\n客人：唔係喎，我舊年轉咗號碼\n客服：噉就要更新聯絡資料，你可以帶身份證去任何一間分行，或者喺流動理財用身份證認證更改。提提你，我哋唔會喺電話問你要一次性密碼。\n客人：好，我聽日去分行。",
    "IT-{fname}：{surname}工，刚帮你重置了企业邮箱，系统会给你手机发一个验证码，你在登录页自己输就行，不用发给我\n我：收到，我试一下\n我：进去了，之前怎么突然锁了\nIT-{fname}：连续输错5次密码会自动锁，下次忘了直接走OA自助重置\n我：好嘞 谢谢\nIT-{fname}：对了，最近有人冒充IT部门发邮件让填密码，别理，我们不会问你要密码和验证码",
    "用户：我换了手机，{bank}App登不上去了\n客服：新设备首次登录需要验证身份。您在登录页点“更换设备”，会先发短信验证码到您预留的手机，再做一次人脸识别。\n用户：人脸总是失败\n客服：光线充足、摘掉眼镜试试。实在不行带身份证到网点柜台重置。\n用户：那你们这边能直接给我开吗\n客服：电话里无法操作，也请您不要把验证码告诉包括我在内的任何人。\n用户：好吧，我再试试",
    "短信\n1069{d4}  09:41\n【京东】验证码：{code}，您正在登录京东账号，切勿告知他人。\n{bankno}  09:15\n【{bank}】您尾号{d4}账户{time}入账{amount}.00元。\n1065{d4}  昨天\n【12306】您的候补订单已兑现，请按时乘车。",
    "玩家：客服你好，我{game}的号好像被盗了，装备都没了\n客服：您好，很抱歉给您带来困扰。请您先通过官方安全中心修改密码并解绑陌生设备，然后在游戏内“客服-账号找回”提交申诉，需填写注册时的信息。\n玩家：会让我给验证码吗\n客服：验证码只在安全中心页面由您自己输入，客服不会索要。也不要相信私聊说能收费“找回装备”的。\n玩家：好 我去弄",
    "【QQ安全中心】你的QQ号{qq}于{date} {time}在{city}登录。如非本人操作，请立即修改密码并检查密保手机。",
    "老婆：我要登你的爱奇艺会员看{tvshow}\n老婆：它说发验证码到你手机\n老公：不用管那个 验证码谁都别给 我扫码给你登\n老公：你电视上出二维码没\n老婆：出了\n老公：好了 登上去了吧\n老婆：好了😘\n老公：看完早点睡 明天还上班\n老婆：知道啦 你那边设备管理里多了个电视 别以为是别人登的哈\n老公：哈哈好",
    "用户：你好，我微信被限制登录了，说检测到异常\n客服：您好，可能是新设备登录或者有异常行为。您可以在登录页点“找回账号”，按提示用本人手机号接收短信验证码，并由微信好友辅助验证。\n用户：好友辅助，就是让朋友帮我扫码？\n客服：是的，但只找您真正认识、电话确认过的好友。反过来，别人让您帮忙辅助验证，一定要先打电话确认是本人。\n用户：懂了，谢谢",
    "【{app}】您正在修改支付密码，验证码{code}。如非本人操作，请忽略本短信并尽快检查账户安全。",
    "【{operator}】您的携号转网授权码为{d6}，有效期至{date}24时。如非本人申请，请勿告知他人。",
  ],
  delivery: [
    "left: 您好，{courier}客服，工号{d4}\nright: 喂 我那个单号{d12}的快递显示签收了 但我根本没收到\nleft: 我帮您查一下……显示是{date}下午放在快递柜，派件员那边反馈柜子当天有故障。我这边给您登记为丢件，提交理赔。\nright: 那要多久\nleft: 一般三到五个工作日，理赔款按保价规则处理，进度在App“我的理赔”里能看到，不需要您另外付钱，也不会有人私下加您微信退款。\nright: 好 那我等消息",
    "【{courier}】您的快递已到{station}，取件码{pick}，营业时间8:00-21:00，请及时领取。",
    "喂你好 {courier}的 你是不是有个快递 收件人姓{surname} 嗯对 我现在在你们小区门口 你家里有人吗 呃 没人 我在上班 那我给你放驿站还是放门口 放门口吧 门口那个鞋柜上 行 那个箱子有点沉 是米吧 我给你放鞋柜旁边地上 拍个照发你 好的好的谢谢 还有啊 明天可能还有一个大件 是家具 到时候提前给你打电话约时间 行 嗯没事拜拜",
    "骑手：喂 您好 外卖 您的餐到了 我在您楼下 那个 门禁进不去\n顾客：哦 我下来拿 你等一下\n骑手：好的 那个 您点的汤有点洒了 不好意思啊 您可以在App里申请一下部分退款\n顾客：没事没事 洒得多吗\n骑手：就袋子里有一点 餐盒没破\n顾客：行 我到了 是你吗 穿黄衣服这个\n骑手：对对 给您 祝您用餐愉快",
    "【{courier}】您的国际包裹{d12}正在办理进口清关，根据海关要求需核实收件人身份信息，请在{courier}官方App或官方微信小程序“清关资料”中自行上传。如涉及税款，以海关电子税单为准。",
    "【蝦皮店到店】您的包裹已送達 中正門市，請於{days}日內攜帶證件前往取貨，取貨時請出示手機條碼。逾期未取將退回賣家。",
    "速遞員：喂，你好，我係順豐送件嘅，你有份件寄去旺角，我而家喺樓下，你喺唔喺屋企呀？\n收件人：唔喺喎，我返緊工\n速遞員：噉我幫你放去附近嘅順豐站好唔好？你收到短訊就攞取件碼去攞\n收件人：可唔可以聽日再送？\n速遞員：都得，你喺順豐App揀派送時間就得，唔使另外俾錢\n收件人：好，唔該晒\n速遞員：唔該，拜拜",
    "司機：您好，我是黑貓宅急便，您有一件冷凍包裹，剛剛按電鈴沒人在。\n客人：喔不好意思，我在上班，可以晚上送嗎？\n司機：我們送到晚上六點，不然您可以改到明天，或是去營業所自取。\n客人：那明天早上好了。\n司機：好，冷凍的我先帶回去冰，明天上午十點到十二點之間再送，到時候再打給您。\n客人：好，謝謝。那運費要再付嗎？\n司機：不用，賣家已經付過了，您簽收就好。",
    "买家：亲 收到的杯子碎了一个\n店铺客服小美：亲亲非常抱歉😭 麻烦拍一下外包装和破损的照片发我哦\n买家：（图片）\n店铺客服小美：收到～给您两个选择：补发一个，或者退这一个的款{small}元，都在订单里操作\n买家：补发吧\n店铺客服小美：好的亲，已为您登记补发，运费我们承担，明天发出，新单号会在订单详情里更新哦～",
    "用户：喂 我有个快递想改地址 单号是{d12}\n客服：好的，您是寄件人还是收件人？\n用户：收件人，我搬家了\n客服：目前包裹在{city}转运中心，收件人可以在{courier}App“修改地址”里自助修改，同城修改免费，跨城会改为转寄，具体以App提示为准。\n用户：行我去弄\n客服：另外提醒您，任何电话让您加微信改地址付费的，都不是我们。",
    "丰巢智能柜\n今天 {time}\n您的包裹已存入锦绣花园3号柜，取件码{d6}，请在{hours}小时内取件。\n{courier}\n今天 {time}\n快件{d12}已由丰巢柜代收，如有疑问请联系{courierno}。",
    "502王姐：小{surname}，你的快递是不是在我这？驿站给我拿错了，上面写的是你名字\n我：啊 是个小盒子吗\n502王姐：对 一个小盒子一个大袋子\n我：是我的是我的 麻烦王姐了 我下班来拿\n502王姐：没事 我放你门口你自己拿就行\n我：好嘞 回头给您带点水果🍊\n502王姐：客气啥 以后驿站取件你让他们看清楼号 上回也拿错过一次\n我：好的 我跟驿站说一下",
    "【{courier}】您好，您的快递已放至小区[门卫室|物业前台]，快递员{surname}师傅，电话{phone}。如有问题请联系{courierno}。",
    "客服：您好，我是京东客服，您反馈的订单包裹丢失，我们这边核实了，确实在运输途中丢失，非常抱歉\n顾客：那怎么办\n客服：我们已为您办理全额退款{amount}元，原路退回您的支付账户，预计一到七个工作日到账，订单详情里能看到退款进度。\n顾客：需要我提供银行卡号吗\n客服：不需要，原路退回，您什么都不用操作。后续如果有人以理赔为由让您加QQ或者下载会议软件，千万别信。",
    "客服：您好，这里是{app}客服，您刚刚的外卖订单商家因为食材不足取消了，来电跟您说明一下\n用户：啊 我都等了半小时了\n客服：非常抱歉，订单金额已经自动原路退回，同时给您账户发放了一张5元无门槛红包，在App“我的-红包”里能看到。\n用户：行吧\n用户：那我现在重新点一份行吗\n客服：可以的，红包下单就能用。感谢您的理解，祝您生活愉快。",
    "【中国邮政】您的EMS邮件{d12}今日投递未成功（收件人不在），将于明日再次投递，如需改约请致电11183或在中国邮政App操作。",
  ],
  appointment: [
    "护士：喂，您好，是{name}吗？这里是{hospital}{dept}\n患者：是我\n护士：您上周做的甲状腺彩超报告出来了，医生看了建议您回来复查一下，再抽个血，不用太紧张，就是有个结节需要再看看\n患者：哦……严重吗\n护士：具体要医生面诊跟您讲。您在医院公众号或者App上挂{dept}{surname}主任的号就行，报告在App“报告查询”里也能看到\n患者：好的，那我这周五去\n护士：好，抽血要空腹哈。",
    "【{hospital}】您已成功预约{date}上午{dept}门诊，就诊序号{d3}，请携带身份证或医保卡于就诊前30分钟到自助机签到。如需取消请提前一天在预约平台操作。",
    "【{car}】尊敬的车主，您的爱车{plate}距离上次保养已行驶约5000公里，已为您预约{date}{time}到店保养，如需改期请致电门店或在小程序调整。",
    "前台：喂 {surname}姐您好 我是{salon}的前台小雅 跟您确认一下您明天下午三点约了Tony老师烫发哈\n顾客：嗯对的\n前台：好的 那个Tony老师问您是还按上次那个卷度吗 还是到店再商量\n顾客：到店再说吧\n前台：好嘞 那您大概提前十分钟到就行 有变动给我们打电话 或者在小程序里改时间都行\n顾客：好 谢谢",
    "班主任：您好，是{name}的家长吧？我是{school}三年级二班的班主任刘老师\n家长：刘老师您好\n班主任：跟您说两个事啊，一个是下周四下午家长会，两点半，在教室。另一个是这学期的课后服务费，学校统一在“智慧校园”缴费平台收，您登录看到账单交就行，我们老师不收钱，也不会发个人收款码\n家长：好的好的，那个平台我之前交过\n班主任：对，就是那个。家长会记得来哈",
    "HR：您好，请问是{name}吗？我是{city}星阑科技的HR，姓{surname}，您投的运营岗位简历我们看过了，想约您来面试\n求职者：好的好的\nHR：时间是{date}下午两点，地址在高新区软件园B座12楼，我稍后发邮件给您，到前台报名字就行\n求职者：请问需要带什么吗\nHR：带一份纸质简历和身份证。面试和入职都不收任何费用哈。\n求职者：好的，谢谢。",
    "师傅：喂 是{surname}女士吗 我是格力售后的 您报修那个空调不制冷 我是上门维修的师傅\n顾客：对对\n师傅：我现在在上一家 估计下午两点左右到您那 您家是翠湖小区7栋吧\n顾客：对 7栋1单元\n师傅：好 到了先检查一下 在保修期内的话不收费 要换零件的话 我给您看厂家的收费标准 您同意了再换\n顾客：行 那我在家等你",
    "【仁愛牙醫診所】提醒您明日（週四）{time}有洗牙預約，看診請攜帶健保卡。如需改期請來電診所，謝謝您。",
    "康樂牙科診所：{fname}你好，提提你聽日{time}喺銅鑼灣診所有洗牙預約，請帶埋身份證。如要改期請回覆或致電診所，唔該晒🙏\n我：收到，聽日見\n康樂牙科診所：好，到時見",
    "健檢中心：您好，這裡是安心健康管理中心，請問是陳先生嗎？跟您確認下週二早上七點半的公司健檢\n客戶：對，是我\n健檢中心：提醒您前一天晚上十點以後禁食，可以喝少量白開水。當天請攜帶健保卡，有做大腸鏡的話清腸藥我們已經寄到公司了\n客戶：好，收到了\n健檢中心：報告大約兩週後寄到府上，也可以在官網查詢。\n客戶：好的，謝謝",
    "{gym}-教练阿凯：哥，明天的私教课我这边临时有个培训，能不能改周六上午十点？\n我：周六可以\n{gym}-教练阿凯：好嘞，我在小程序里给你改了，你确认一下就行💪\n我：确认了\n{gym}-教练阿凯：周六记得带双干净鞋，练腿\n我：😭行吧 练就练\n{gym}-教练阿凯：哈哈 这周饮食记得拍给我看 少吃点外卖\n我：尽量",
    "工作人员：您好，我们是{city}燃气公司的，按计划下周要对您小区做入户安全检查，想跟您约个时间\n住户：哦，要收钱吗\n工作人员：安检是免费的，不推销任何产品。上门师傅会穿工装、戴工作证，证上有编号，您可以打燃气公司客服热线核实。\n住户：那周二上午吧\n工作人员：好的，周二上午九点到十二点之间。如果发现软管老化，您可以自己去买合格的，不强制在我们这买。",
    "【{hospital}体检中心】您好，您预约的入职体检为{date}早上7:30-9:30，请空腹，携带身份证，穿宽松衣物。体检结果约3个工作日后可在公众号查询。",
    "保洁-王姐：您好，我是平台派的保洁阿姨，约的是明天上午9点到12点，您家是枫林苑3栋吧？\n我：对 3栋502\n保洁-王姐：好的，我带工具，您家有吸尘器的话我就不带了\n我：有的\n保洁-王姐：好嘞，费用您在平台上已经付过了，我这边不另外收钱哈\n我：好 厨房油烟机能顺便擦一下吗\n保洁-王姐：可以的，时间够的话都弄\n我：好 明天见",
    "装维：喂您好，{operator}宽带装维的，您在营业厅办的千兆宽带，我今天下午过来给您安装，大概四点左右\n用户：嗯 好的 需要我准备什么吗\n装维：不用，光猫和路由器都是套餐里带的，您家里留个人就行，弄完了您在工单上签个字\n用户：要多久啊\n装维：顺利的话一个小时\n用户：行，那你到了打电话\n装维：好嘞，到了小区门口我给您打，您记得把物业门禁跟保安说一声",
    "{hospital}\n{date} 07:58\n就诊提醒\n就诊人：{name}\n科室：{dept}\n时间：今天 上午09:30-10:00\n地点：门诊楼3楼\n温馨提示：请提前到自助机报到，过号需重新排队。",
  ],
  marketing: [
    "【{shop}】年中大促开启！全场满300减50，会员再领{small}元券，{date}0点截止，详情打开{shop}App查看。拒收请回复R",
    "【{company}】尊敬的客户，{fund}已开放申购，过往业绩不代表未来表现。基金有风险，投资需谨慎，请在官方App查看产品说明书及风险等级。退订回T",
    "客服：您好，这里是{operator}客服，打扰您一分钟，看到您最近三个月流量都超出套餐，想给您推荐一个更划算的套餐\n用户：多少钱\n客服：每月59元含30G流量，比您现在加上超出的费用还便宜一点。办不办都看您，您也可以在{operator}App里自己对比\n用户：我先看看吧\n客服：好的，不打扰您了。要办理的话在App里或者营业厅都行，我们不会通过短信链接办理。",
    "【{app}】恭喜您在“周年庆幸运大转盘”中抽中{small}元无门槛券，已自动发放至“我的-卡券”，有效期{days}天。本活动无需支付任何费用。退订回T",
    "【{app}】您的会员将于{date}到期，届时将自动续费{small}元。如需取消，请在App“我的-设置-自动续费管理”中关闭。",
    "【锦程人力】{city}某电子厂招普工，月薪5500-7000，包吃住，长白班，全程不收任何费用，可到市人力资源市场3号窗口面谈。退订回T",
    "【全聯福利中心】會員獨享！本週五至週日指定商品第二件6折，集點再送好禮，詳情請見全聯APP。取消訂閱請回覆N",
    "【csl】你好！而家上台5G月費計劃每月$148，送埋60GB本地數據，仲可以跨境用。有興趣可以去門市或者喺App度睇吓。唔想再收呢類訊息，請回覆STOP。",
    "客服：您好，這邊是中華電信，看到您的合約下個月到期，想跟您介紹一下續約方案\n客戶：嗯，有什麼方案\n客服：目前月租599吃到飽，續約兩年可以折抵手機款，或者不換手機每月再折一百\n客戶：我考慮一下\n客服：沒問題，您可以到門市或中華電信App裡比較，續約都不需要先付任何費用。\n客戶：好，謝謝\n客服：不客氣，祝您順心。",
    "客户经理：您好，{surname}先生，我是{company}{city}营业部的客户经理小陈，您上个月开的户，跟您回访一下\n客户：哦你好\n客户经理：最近我们有一个新客专享的收益凭证，年化参考2.6%，期限91天，不过产品有风险，不保本。您要是感兴趣就在我们官方App里看产品说明，先做风险测评\n客户：我就炒炒股 先不买了\n客户经理：好的，完全理解。交易上有问题随时打营业部电话。",
    "坐席：您好，我是人保财险的，您车牌{plate}的交强险和商业险{date}到期，想提前跟您报个续保价格\n车主：多少\n坐席：保额跟去年一样，今年因为没出险商业险有优惠，总共{amount}元左右，明细我短信发您。您也可以在官方App里自己算\n车主：我再比比别家\n坐席：没问题，您比较好了随时联系我们。付款都在官方App里完成，保单会短信和邮件发给您。",
    "优衣库-小林（企业微信）：{surname}姐，新到的羽绒服到了，您上次问的那款米色有S码了\n我：多少钱\n优衣库-小林：原价599，会员周末活动价499，门店和官方小程序同价\n我：我周末去店里试\n优衣库-小林：好的，给您留一件试穿哈，不买也没关系😊\n我：好 周六下午去\n优衣库-小林：收到，到店报手机尾号就行",
    "销售：喂您好，我这边是新启航英语的课程顾问，您之前在我们小程序上领了一节免费体验课，想问下孩子什么时候方便来试听？\n家长：啊那个，我们最近比较忙\n销售：没关系，体验课一个月内都有效，到时候您在小程序里直接约时间就行\n家长：好，那个要钱吗\n销售：体验课免费，报不报都看您，不会有任何强制。\n家长：行，那我回头约\n销售：好的，不打扰您了，再见",
    "淘宝消息\n{time}\n官方旗舰店：亲爱的会员，您收藏的宝贝降价啦！现价{small}元，店铺券满199减20可叠加～\n{time}\n我：有M码吗\n{time}\n官方旗舰店：亲，M码现货，今天下单明天发哦～\n{time}\n我：能开发票吗\n官方旗舰店：可以的亲，下单时选择电子发票就好～\n我：好 我去拍",
    "中介：喂，{surname}先生吗？我是链家的小张，看您在App上关注过锦绣花园那套两居室，房东降价了，降了五万\n客户：哦，现在多少\n中介：总价两百八十五万，南北通透那套\n客户：我周末能去看看吗\n中介：可以，周六上午十点小区门口见？看房不收任何费用，您到了给我打电话\n客户：行，那个房子有没有抵押\n中介：有一点银行贷款，交易时走资金监管，我们到时候细说\n客户：好",
    "【{shop}会员】您有{d4}积分将于{date}过期，可在App“积分商城”兑换商品或抵现使用。拒收请回复R",
  ],
  personal: [
    "儿子：喂，妈，是我，这是我新号码，原来那个号我注销了，你存一下\n妈妈：啊？你声音怎么有点不一样\n儿子：信号不好吧，我在地铁上。不放心你挂了，直接打我微信视频\n妈妈：那我打过去看看\n（微信视频）\n妈妈：哦真是你，那我给你备注上\n儿子：嗯，原来那个是公司的卡，离职就退了。妈你记住，以后谁用我名字找你要钱，都先给我打视频\n妈妈：知道了知道了",
    "{surname}姐：@你 王总刚说让你把季度报表下午四点前发他邮箱，他在开会没空看微信\n我：收到，我三点半发\n{surname}姐：另外他说周五的会改到周四了，你跟客户那边说一声\n我：好的 我现在就打电话\n{surname}姐：辛苦啦\n我：对了姐 王总说的报表是要PDF还是Excel\n{surname}姐：两个都发吧 他喜欢在手机上看PDF\n我：好嘞",
    "房东{surname}叔：小伙子，你那边热水器我找了师傅，明天上午十点上门换，你在家吗\n我：在的叔，谢谢啊\n房东{surname}叔：费用我这边出，师傅不会找你要钱\n我：好嘞\n房东{surname}叔：还有下个月起物业费涨了一点，按合同还是我交，不影响你房租\n我：明白 谢谢叔\n房东{surname}叔：有啥坏了随时说，别自己垫钱修\n我：好的",
    "买家：你好，这个switch还在吗\n我：在的\n买家：能便宜点吗 1200行不\n我：最低1300 配件都在 箱说全\n买家：行 那我能当面看吗 我也在{city}\n我：可以 周六下午地铁站 或者你直接闲鱼拍下 走平台担保也行\n买家：当面吧 我验一下机\n我：好 到时候闲鱼上聊\n买家：对了 有发票吗\n我：有 京东买的 盒子里\n买家：👍 周六见",
    "阿泽：今晚上号不 {game}五排 缺一个辅助\n我：几点\n阿泽：九点 老地方开黑语音\n我：我十点才下班\n阿泽：那十点 给你留位置 别鸽啊\n我：上次那把你挂机我还没说你呢\n阿泽：那是我妈叫我吃饭😂\n我：行 十点见\n阿泽：对了 上次你请我喝奶茶那18我转你了 看下\n我：收到 哈哈 这么讲究\n阿泽：亲兄弟明算账嘛",
    "{romanceapp}\n她：你照片里那只猫是你养的吗😂\n我：对 叫煤球 三岁了\n她：好可爱 我也想养\n我：周末要不一起去喝个咖啡 就你说的那家\n她：可以呀 周六下午三点？\n我：好 我订位 到了给你发消息\n她：好～ 我可能会晚几分钟 地铁要换乘\n我：没事 慢慢来 我先到占座\n她：嗯嗯 那周六见啦😊 对了 下次能给我看看煤球更多照片吗 我先预习一下哈哈",
    "室友小胖：哥们 借我200 我花呗今天还款日 工资明天才到\n我：行 微信转你了\n室友小胖：收到 明天下午还你 请你吃烧烤\n我：烧烤就算了 记得还就行\n室友小胖：哈哈 必须的",
    "LINE 家族群\n媽媽：今天晚上誰會回來吃飯？我要煮滷肉\n哥哥：我會，大概七點\n我：我加班，幫我留一碗🙏\n爸爸：我去買水果\n媽媽：好，記得騎車小心，外面下雨了\n哥哥：收到\n爸爸：阿嬤說禮拜天要去掃墓，大家時間留一下\n我：OK，早上幾點出發？\n爸爸：七點，我開車，妹妹記得帶雨傘\n我：好啦知道了",
    "阿Ken：今晚食唔食火鍋？旺角嗰間\n阿詩：得呀 幾點\n阿Ken：七點半 我book咗位\n阿詩：我可能遲少少 要OT\n阿Ken：冇問題 到咗WhatsApp我\n阿詩：👌\n阿Ken：Amy都嚟，佢話順便還返上次嗰本書畀你\n阿詩：好呀，叫佢唔好唔記得\n阿Ken：得，今晚見",
    "小宇：喂，阿明喔，我到你家樓下了，你幫我開一下門\n阿明：喔喔等一下，我在洗碗\n小宇：你上次借我的那本書我帶來還你了\n阿明：好啦好啦，你上來再說，電梯壞了你要爬樓梯\n小宇：蛤，七樓耶\n阿明：哈哈加油，冰箱有飲料自己拿\n小宇：好啦，等一下順便一起去吃晚餐嗎？\n阿明：可以啊，巷口那家牛肉麵，這次換我請，上次你幫我搬家還沒謝你",
    "老公：下班了吗 我顺路接你\n老婆：还有十分钟 你在公司楼下等我\n老公：晚饭吃啥\n老婆：家里还有排骨 回去炖了\n老公：那我先去超市买点青菜\n老婆：再买瓶生抽 快没了",
    "奶奶 喂 是小宝吗 嗯 奶奶是我 你吃饭了没 吃了吃了 你那边冷不冷 要多穿点 嗯 知道了奶奶 那个 你爸说你过年回不回来 回 二十八号的票已经买好了 哎呀好好好 那奶奶给你做你爱吃的 那个 红烧肉 哈哈好 奶奶你降压药按时吃了吗 吃了吃了 那行 你忙吧 不耽误你了 嗯 奶奶拜拜 哎 小宝 等一下 你姑让我问你 那个 手机怎么把字调大 我回头视频教你 好好好",
    "相亲相爱一家人(8)\n{time}\n大姑：明天中午在{city}老地方吃饭，记得都来啊\n{time}\n表哥：收到\n{time}\n三叔：我开车，谁要顺路的说一声\n{time}\n我：三叔我蹭一下车🙏",
    "我是{fname}（大学同寝那个），原来的号不用了，这是新号，存一下哈。下个月同学聚会我也去，到时候见！",
    "班长：同学们这次聚餐一共来了23个人，每人{small}，我发了群收款，大家按自愿哈\n小李：已付\n阿芳：已付 下次换个地方吃\n班长：好的收到，没来的不用付\n老周：下次我请 哈哈",
    "楼下：喂，你好，我是楼下602的，你家是不是漏水了，我家卫生间天花板在滴水\n楼上：啊？我看一下……哎呀，洗衣机那个管子松了\n楼下：赶紧把总阀关了\n楼上：关了关了，不好意思啊，我马上下来看看你家\n楼下：嗯不急，主要别再滴了，物业我也打了电话\n楼上：损失我来赔，真是抱歉\n楼下：没事，邻里邻居的，先让物业看看吊顶坏没坏\n楼上：好，我这就下来",
  ],
  government: [
    "民警：您好，是{name}吗？我是{city}市公安局城南派出所的民警，姓{surname}，警号{d6}。您{date}来我们所报案，说被冒充客服骗了{amount}元\n事主：对对，是我\n民警：案子已经立了，跟您说一下进展：涉案账户已经止付冻结，后续如果追回，会按司法程序返还到您本人账户，不需要您交任何费用。\n事主：那我还要干啥\n民警：方便的话这周来所里补一份笔录，带上身份证和转账记录。还有，最近可能会有人冒充律师说能帮您追回钱，那都是二次诈骗，直接挂掉。\n事主：好，谢谢警官",
    "话务员：您好，这里是{city}12345政务服务便民热线，您{date}反映的小区夜间施工噪音问题，已转交城管部门处理，现在回访一下，请问问题解决了吗？\n市民：嗯，这几天晚上十点以后没有了\n话务员：好的，请问您对处理结果满意吗？\n市民：满意吧\n话务员：好的，如果夜间施工再出现，您可以再拨打12345反映。感谢您的支持，再见",
    "【{city}人社】您申领的第三代社会保障卡已制卡完成，请于{days}个工作日内携带身份证到{bank}指定网点领取并激活。",
    "工作人员：您好，这里是{city}医保中心，您前天在国家医保服务平台App上申请了异地就医备案，我们这边核对一下\n参保人：对，我要去上海陪我女儿住一段时间\n工作人员：您备案的是异地长期居住，有效期内在上海的定点医院可以直接结算。备案已经通过了，您在App里能看到状态。\n参保人：那要不要交钱\n工作人员：不用，备案是免费的。到医院看病出示医保码就行。\n参保人：好好，谢谢你们",
    "【国家税务总局{city}税务局】{year}年度个人所得税综合所得汇算已开始，请通过“个人所得税”App或自然人电子税务局网站办理，谨防冒充税务机关的退税短信和链接。",
    "【{city}交警】您的车辆{plate}于{date}{time}在中山路违法停车，已被记录，请于15日内通过“交管12123”App或到交警窗口处理。",
    "【{city}市中级人民法院】{name}您好，您涉及的（{case}）号民事案件定于{date}上午9时开庭，请准时到庭。诉讼文书已通过电子送达平台送达，可登录“人民法院在线服务”小程序查看。",
    "【{city}财政局】您{year}年度耕地地力保护补贴{small}.60元已通过惠民惠农“一卡通”发放至您的社保卡，请注意查收。本补贴无需申请、不收任何费用。",
    "普查员：您好，打扰了，我是咱们社区的人口普查员，这是我的普查员证，您可以看一下，也可以打社区电话核实\n居民：哦，要登记什么\n普查员：主要是家里几口人，姓名、身份证号、出生年月、受教育程度、住房情况这些，不涉及存款、银行卡，也不用交钱\n居民：行，家里三口人\n普查员：好，我录一下。您要是不方便，也可以在官方普查小程序里自主填报。",
    "【{city}市气象台】暴雨红色预警：预计未来3小时{city}市区降雨量将达100毫米以上，请停止户外活动，远离低洼地带和地下空间，注意防范城市内涝。",
    "【165全民防騙】近期詐騙集團假冒電商客服，以「設定錯誤」「誤升級會員」為由要求您操作ATM或網銀，這些都是詐騙！有疑問請撥打165查證。",
    "【選舉事務處】立法會換屆選舉投票日為{date}。請帶同香港身份證正本，前往選民通知卡上列明的指定投票站投票。投票站開放時間請參閱選民通知卡或選舉網站。",
    "戶政人員：您好，這裡是大安區戶政事務所，請問是林小姐嗎？您上週申請補發的身分證已經好了\n林小姐：喔好，我什麼時候可以去拿？\n戶政人員：上班時間都可以，記得帶本人印章和收據，如果委託別人領要帶委託書\n林小姐：要再繳錢嗎？\n戶政人員：規費您申請時已經繳過了，不用再付。\n林小姐：好的，謝謝。那舊的如果找到了怎麼辦？\n戶政人員：舊證已經作廢，找到也不能用，可以拿來給我們銷毀。",
    "网格员：喂，{surname}大爷，我是社区网格员小王啊\n大爷：哦小王啊\n网格员：跟您说一声，您今年满八十了，可以领高龄津贴，每月直接打到您社保卡上，社区已经帮您报上去了\n大爷：还要我交啥不\n网格员：啥都不用交，也不用给谁转钱。要是有人打电话说帮您办补贴要收手续费，您千万别信，直接给我打电话。\n大爷：好好好，麻烦你们了",
    "坐席：您好，这里是{city}市反诈中心96110专线。监测到您的手机刚刚安装了一个叫“云视通会议”的软件，请问您现在是不是正在和自称客服或者警察的人通话？\n机主：呃……对，他说我的百万保障要关闭\n坐席：这是诈骗，请您马上挂断那个电话，卸载这个软件，不要转账，也不要给任何人验证码。我们不会让您转账，也不需要您提供银行卡信息。\n机主：啊……好，我挂了\n坐席：好的，如果已经转账请马上拨打110。",
    "幸福里社区居民群\n{date} 09:12\n社区卫生服务中心：本周六上午8:00-11:00在社区活动室为65岁以上老人免费体检，请携带身份证、医保卡，空腹前来\n{date} 09:20\n3栋-刘阿姨：需要提前报名吗\n{date} 09:21\n社区卫生服务中心：不用报名，现场登记就行，结果会在两周后通知大家来取\n{date} 09:25\n5栋-老陈：好的，谢谢",
  ],
  english: [
    "Agent: Hello, this is Sarah from the fraud prevention team at {banken}. Before we go on, I won't ask for your PIN, passwords or any codes. Am I speaking to {fname}?\nCustomer: Yeah, speaking.\nAgent: You've just made a payment of £4,800 to a new payee, R Hughes Builders. Can you confirm you set that up?\nCustomer: Yes, that's the deposit for our kitchen extension.\nAgent: Thanks. Did you check the account details with him by phone?\nCustomer: Yeah, I rang him.\nAgent: Perfect, I'll release it now. If you ever doubt a call from us, hang up and ring the number on the back of your card.",
    "DPD: Hi, your parcel from {shopen} is due today between 10:15 and 11:15. Your driver is Marek. Track or change your delivery in the DPD app. Reply STOP to opt out.",
    "NHS: Your appointment at {clinic} is on {dateen} at {time}. If you can no longer attend, please call the surgery or reply CANCEL. Please do not reply with personal information.",
    "HMRC: Your Self Assessment tax return is due by 31 January. Sign in to your HMRC online account via GOV.UK or the HMRC app. We will never ask for your bank details by text.",
    "CVS Pharmacy: Your prescription for {fname} is ready for pickup at your store. Please pick up by {dateen}. Reply HELP for help, STOP to opt out.",
    "Dear Customer, INR 2,450.00 debited from A/c XX{d4} on {dateen} via UPI to SWIGGY. Avl Bal INR 18,302.55. Not you? Call the number on the back of your card to block. Never share OTP/PIN with anyone. - SBI",
    "DBS: Your OTP for digibank login is {code}. It expires in 5 mins. Never share your OTP with anyone, including DBS staff.",
    "Optus: Hi {fname}, your bill of $84.50 is now available in the My Optus app and will be paid by direct debit on {dateen}. No action needed.",
    "12/03/2025, 18:02 - Mum: Are you coming Sunday? Dad's doing a roast\n12/03/2025, 18:15 - Tom: Yeah should be there by 1\n12/03/2025, 18:15 - Tom: Can I bring Priya?\n12/03/2025, 18:20 - Mum: Of course love, tell her no need to bring anything\n12/03/2025, 18:21 - Tom: She'll bring a crumble anyway 😂\n12/03/2025, 18:22 - Mum: Lovely x",
    "Chidi: Bros how far, abeg you fit borrow me 5k till Friday? Salary never enter\nEmeka: No wahala, I don send am to your Opay\nChidi: Seen it, thank you bro. Friday I go return am sharp sharp\nEmeka: Na you sabi 😂 just no forget like last time\nChidi: Haha last time na network wahala",
    "Ate Joy: Nay, na-receive niyo na po ba yung balikbayan box? Sabi ng LBC delivered na daw kahapon\nNanay: Oo anak, dumating na kahapon ng hapon. Salamat ha, ang dami mong pinadala\nAte Joy: Yung chocolates po para kay bunso, wag niyo ibigay lahat agad hehe\nNanay: Hay naku, ubos na nga eh 😂\nAte Joy: Hahaha ingat po kayo dyan",
    "Wei Jie: Bro meeting tmr shift to 10am ah, boss say client cannot make it 9\nFaizal: Ok can. Still at the Bangsar office or online?\nWei Jie: Bangsar la. Parking always full one, better take LRT\nFaizal: Ok noted. Need me bring the slides?\nWei Jie: Yes pls, print 5 copies also\nFaizal: Can can, see you tmr",
    "Office: Hi, is that {fname}'s mum? It's Mrs Allen from the office at Oakfield Primary.\nParent: Yes, hi, is everything ok?\nOffice: All fine! Just a quick one: the Year 4 trip to the Science Museum is on Friday and we haven't had the consent form or payment yet.\nParent: Oh no, sorry, I completely forgot.\nOffice: No problem. You can pay the £12 through ParentPay as usual, and the form's on there too. If the cost is a difficulty, just let us know.\nParent: I'll do it tonight. Thanks for calling.",
    "Thank you for texting to donate £5 to the RNLI. Your gift helps our volunteer crews save lives at sea. We'd love to keep in touch; if you'd rather we didn't, reply NO.",
    "Agent: Hi, this is Dan from Parkside Lettings, calling about your flat on Elm Road. The annual gas safety check is due, and the engineer can come next Tuesday morning, eight till twelve. Does that work?\nTenant: Uh, yeah, I work from home Tuesdays, that's fine.\nAgent: Brilliant. There's no charge to you, it's the landlord's responsibility, and the engineer will show his Gas Safe ID card when he arrives.\nTenant: Cool, thanks.\nAgent: I'll email you a confirmation today.",
    "Nurse: Hi, this is Maria calling from Dr. Nguyen's office at Riverside Medical. Is this {fname}?\nPatient: Yes.\nNurse: Your blood work came back. Everything looks normal except your vitamin D is a little low. The doctor recommends an over-the-counter supplement, and she put the details in your MyChart message.\nPatient: Okay, do I need another appointment?\nNurse: Just a recheck in three months. You can book that in MyChart or call the main number.\nPatient: Great, thank you.",
  ],
};
