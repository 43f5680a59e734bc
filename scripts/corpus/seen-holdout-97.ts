/**
 * The fake_collection templates of hold-out set #97 as its first scam writer wrote them (blind, session 18). Installing
 * that set, the first 13 of these 16 were shown on the developer's screen by mistake, so they cannot be hold-out texts:
 * the typology's 16 hold-out templates were written again by another blind helper (holdout-templates.ts), and these join
 * the tune split. The writer's header (for the whole set):
 *
 * Written BLIND at the start of session 18: the author did not open, list, search or run anything in
 * the project's own folders and did not look at the classifier, its rules or its earlier test sets.
 * Every text was composed from general knowledge of how scam messages looked in 2024–2026.
 * Sources whose public DESCRIPTIONS of scam patterns were paraphrased (no real message was copied):
 * Ministry of Public Security / 国家反诈中心 typology bulletins and 反诈 App warnings, Taiwan 165
 * notices, Hong Kong Police ADCC, Singapore ScamAlert, UK Action Fraud / NCSC, US FTC, Australian
 * Scamwatch, India I4C, and general press coverage of these schemes.
 */
export const SEEN_HOLDOUT_97_FAKE_COLLECTION: string[] = [
    "【{lender}】尊敬的客户，您的借款已逾期{days}天，我司已将案件移交第三方调解中心，今日{time}前未处理将启动诉前保全，冻结名下微信、支付宝及银行卡。立即协商：{link}",
    "{surname}先生您好，我是{lender}贷后管理部的工作人员，工号{d4}，关于您{date}那笔分期账单想跟您本人[确认一下|核实一下情况]，请问现在方便吗？",
    "喂，是{name}吧？嗯，我这边是那个……{city}金诉通调解中心的，你在{lenderapp}上那笔钱呢已经逾期了，就是说呃平台已经把你起诉了，立案号{case}。你现在还有一个机会，就是把欠款{amount}打到我们法务指定的对公账户，我们给你撤诉，不然明天就上门送达传票，你听清楚没有？",
    "{name}，你在{loanapp}借的{amount}已经拖了{days}天，再不还我们就把你的通讯录、照片全部发出去，你单位领导、你爸妈都会收到催收函。今天{time}前转到这个卡，户名李*军，卡号6217{d4}{d4}{d4}{d3}，转完截图发我。",
    "【{lender}】{name}您好，您的信用貸款已逾期{days}日，本公司法務已準備向地方法院聲請支付命令，如欲和解請於今日加LINE：fw{d4}，由專員協助辦理分期，逾期不候。",
    "{surname}生，我係{banken}收數部嘅同事，你張信用卡欠咗{amount}蚊已經超過{days}日，如果今日唔處理，我哋會即刻入稟法院同埋通知你公司。你而家可以掃我send俾你嘅QR code過數去指定戶口，我哋可以幫你減息。",
    "FINAL NOTICE: {fname}, your outstanding balance of {gbp} with UK Debt Recovery Unit remains unpaid. Enforcement agents have been instructed to attend your address within {hours} hrs. Settle now to stop action: {link}",
    "Dear {fname}, your EMI of Rs 8,450 on loan a/c XXXX{d4} is overdue by {days} days. Legal notice has been issued. To avoid FIR and calls to all your contacts, pay today via UPI to recovery.desk{d3}@ybl or at {link}",
    "您好，请问是{name}本人吗？这里是{city}互联网法院诉前调解中心，关于您在{lenderapp}的一笔借款纠纷，有件事需要跟您确认一下。",
    "【{lender}】您的逾期账户已纳入“征信修复特别通道”，本周内结清可免除全部罚息。因系统升级，还款统一通过数字人民币钱包转入法务专户，钱包编号0021{d4}{d4}{d4}，还款后联系专员{phone}销案。",
    "同学你好，你在{app}开通的备用金已经逾期了哈，我们这边是风控部，现在给你两个选择：一是今天全额还{small}元加滞纳金，二是我们按流程上报征信。还款不要走App，App通道已经关闭了，扫我发你的二维码付款，付完发截图。",
    "客服：{name}您好，您的{lenderapp}账户因多头借贷被标记为恶意逃废债，需要配合我们核查。\n用户：我没逾期啊？\n客服：系统显示有异常，请下载腾讯会议，输入会议号{d3}{d3}{d3}，开启屏幕共享，我带您操作结清流程，不然今晚就上报人行。",
    "{name}先生/小姐您好，這裡是債權管理部，您的帳款有一筆資料需要更新，稍後會由專員與您聯繫，請留意來電。",
    "{name}，你的贷k已yu期，fa务部明天去你户籍地{city}走访，村委和家里人都会知道。想私了的话加V：{wx}，今天谈好了可以减免一半，过了今天不管你。",
    "（语音转文字）{surname}总您好，我是{bank}信用卡中心特别催收组的，您有一笔{amount2}的透支款项，今天是最后处理期限了。我们跟您协商，您先还一个最低{amount}，转到我们合作的资金托管账户，我马上给您停催。",
    "Hi {fname}, this is Mark with Account Resolution Services. I'm reaching out about a file that's been placed on my desk with your name on it. Is this still the best number to reach you?",
];
