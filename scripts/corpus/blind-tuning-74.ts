/**
 * Blind tuning set #74 (scam only; 16 short real-world-style SMS per typology for police_impersonation, fake_loan,
 * customer_service, acquaintance and fake_collection; session 16). Measured once on arrival (tree 54899ff), 3 renderings
 * per template: police, fake_loan, customer_service 100 %, acquaintance and fake_collection 93.8 % (an English "lost all
 * my contacts, can I ask you something urgent?" opener the model's dissent unflags; a collection paid to a "nominated
 * agent account"). Then tuned on.
 *
 * Blind tuning set 74: short scam SMS / IM templates (roughly 20–150 characters) for five
 * typologies only: police_impersonation, fake_loan, customer_service, acquaintance and
 * fake_collection. All other typology keys are intentionally empty.
 *
 * Written BLIND to the classifier: no source code, rules, word lists, tests or other data
 * sets of the project were consulted while writing these texts.
 *
 * Styles: Simplified Chinese (mainland), Traditional Chinese (Taiwan Mandarin and Hong Kong
 * Cantonese), and about a quarter English (UK, US, SG, MY, AU, IN, PH). Many carry a link,
 * a phone number, a QQ / WeChat / LINE / WhatsApp id, masked digits, 退订回T, odd spacing,
 * homophones (V信, 薇, dai) or an 【】 signature of a real-sounding institution.
 *
 * Every text is original. The scripts paraphrase only the public DESCRIPTIONS of scam
 * patterns given in anti-fraud warnings (never copied messages or data sets), e.g. the
 * 国家反诈中心 / 公安部 public typology warnings, Taiwan's 165 反詐騙諮詢專線 alerts,
 * the Hong Kong Police Anti-Deception Coordination Centre (ADCC) advice, UK Action Fraud
 * and NCSC guidance, US FTC consumer alerts, Singapore ScamAlert, Australia's Scamwatch,
 * and consumer-protection notices from Malaysia, India and the Philippines.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_74_SCAM: Record<TypologyId, string[]> = {
  police_impersonation: [
    "【{city}市公安局】您的身份证涉嫌一起[洗钱|非法集资]案，案号{case}，请于今日{time}前致电{phone}配合调查，逾期将冻结名下账户。",
    "【医保中心】您的医保卡在{city}被异地违规套现{amount}元，即将停用，如非本人操作请回拨{phone}，将为您转接公安核实。",
    "通信管理局通知：您名下号码将在{hours}小时后被强制停机，原因：涉嫌发送诈骗短信。人工处理请按9或致电{phone}",
    "{city}人民检察院：你涉嫌一宗跨境资金案件，已签发逮捕令，请下载「{app}」进行视频笔录，本案保密，不得告知家人。",
    "您有一封法院传票未签收，案件编号{case}，开庭日期{date}，详情查阅 {link} 逾期视为放弃答辩。",
    "海关缉私局：您{date}寄往境外的包裹内查出违禁物品，寄件人登记为您本人，请速联系[王|李]警官 {phone}",
    "您名下银行卡涉及资金清查，为证明清白需将资金转入国家安全账户核验，核验完毕{hours}小时内原路退还。V信：{wx}",
    "【税务稽查局】您{year}年度存在偷逃税款记录，将移交公安机关处理，请登录 {link} 补缴并提交书面说明。",
    "公 安 提 醒：你尾号{d4}的银行卡被犯罪团伙利用，需配合做资金清查，请添加办案民警薇 {wx}，切勿向任何人透露。",
    "臺北地檢署通知：您的帳戶涉入詐騙集團洗錢案，即日起須配合監管，請勿告知他人，承辦專線{phone}。",
    "【健保署】您的健保卡於{city}遭冒用領藥，已列入異常名單，請按2由專人為您轉接刑事警察局。",
    "香港警務處：閣下身份證號碼被用作開設洗黑錢戶口，案件編號{case}，請即致電{phone}與探員聯絡，否則將發出通緝令。",
    "This is the Met Police Fraud Unit. Your account ending {d4} was used for money laundering. Do not tell your bank. Call DS Hughes on 0203 807 {d4}",
    "SSA ALERT: Your Social Security number is suspended for suspicious activity in Texas. Call back now to avoid an arrest warrant. Ref {case}",
    "Singapore Police Force: you are required to assist in a money laundering probe. Call +65 8{d3} {d4} within {hours} hrs or a warrant will be issued.",
    "TRAI: Your number will be blocked in 2 hours for illegal activity reported to Mumbai Cyber Crime. Press 9 to speak to the officer. Case {case}",
  ],
  fake_loan: [
    "【{lender}】尊敬的客户，您的备用额度{amount}元已审批通过，下载{loanapp}即可领取，当天放款 {link} 退订回T",
    "无抵押无担保，凭身份证即可dai款，最高{amount}，不看征信，当天到账，加V：{wx}",
    "您申请的{amount}元借款放款失败，原因：银行卡号填写错误，账户已冻结，需缴纳解冻金{small}元后重新放款。",
    "恭喜您获得{lender}专属额度，需先刷流水证明还款能力，转入{amount2}元至指定账户，放款后一并退还。",
    "信用卡提额专员：您的卡可提升至{amount}额度，仅需支付{small}元服务费，详询{phone}",
    "您的借款因流水不足被系统锁定，请在{hours}小时内缴纳验资金{amount2}元解锁，否则将影响您的个人征信。",
    "急用钱找我，学生、白户、黑户均可办理，秒批秒到，Q：{qq}",
    "会员费{small}元开通VIP通道，即可获得{amount}元低息贷款，名额有限，速抢 {link}",
    "您好，您在我司申请的借款已审批，年化仅{pct}%，请下载 {loanapp} 完成签约，签约后需缴纳首期保险费。",
    "審核通過！您的貸款{amount}元已可撥款，請先繳交保證金{small}元以驗證帳戶，LINE ID：{wx}",
    "【快速借】急用錢？免聯徵、免保人，最快{hours}小時撥款，點我申請 {link}",
    "貸款專線：唔睇TU、唔使入息證明，即日批核最高${amount}，WhatsApp {phone} 查詢",
    "Congratulations! You're pre-approved for a personal loan of ${usd}. No credit check. Pay a ${usd2} processing fee to release funds: {link}",
    "Need cash fast? Borrow up to £{gbp} today, bad credit OK. Reply YES or visit {link}. Txt STOP to opt out",
    "Loan approved RM{amount}, no documents, cash in 1 hour. Pay insurance RM{small} first to release. WhatsApp {phone}",
    "Dear customer, instant loan of Rs {amount} approved on your PAN. Download app {link} and pay Rs {small} verification charge. Offer ends today.",
  ],
  customer_service: [
    "【{shop}】您购买的商品因质检不合格已下架，我司将为您办理双倍退款，请联系售后客服{phone}",
    "{courier}快递：您的包裹在运输中丢失，现启动理赔，赔付{small}元，请添加理赔专员V信{wx}办理。",
    "您已开通{app}百万保障服务，每月自动扣费{small}元，如需取消请致电{phone}，否则明日起扣费。",
    "亲，您的订单{d12}出现异常，退款需在备用金中操作，稍后客服会指导您完成，请保持电话畅通。",
    "您的会员即将自动续费{small}元/月，取消请点击 {link} 并按客服提示开启屏幕共享。",
    "{shop}客服：由于系统升级您被误设为代理商，每月将扣除{amount2}元，如需解除请回复1，客服将回电。",
    "您好，我是{shop}售后，您{date}购买的{goods}检测出甲醛超标，可申请{small}元赔偿，加QQ{qq}领取。",
    "你在{app}上开通了学生贷款功能，不注销会影响征信，请尽快联系客服{phone}关闭。",
    "商家通知：您的退款已审核通过，请扫描客服发送的二维码填写收款信息，{hours}小时内到账。",
    "親您好，您在{shop}的訂單因倉庫錯誤重複扣款，請加LINE：{wx}由專員協助退款。",
    "【{courier}】您的包裹於分揀時損毀，可獲理賠{small}元，請點擊 {link} 填寫銀行卡資料領取。",
    "您好，這邊是{shop}客服，系統誤將您設為批發商，每月自動扣款，請依專員指示至ATM解除分期設定。",
    "{shopen}: Your recent order #{d6} was charged twice. To receive your refund of ${usd}, call our support line on {phone} now.",
    "{courieren}: We are sorry your parcel was damaged. You are eligible for £{gbp} compensation. Claim via {link} within 24h.",
    "Your {shopen} membership will auto-renew at ${usd} today. If you did not authorise this, press 1 or call {phone} to cancel and get a refund.",
    "Hi this is {shopen} customer service. Refund for your cancelled order is ready. Pls install AnyDesk so we can process it to your account.",
  ],
  acquaintance: [
    "我是你们{surname}总，明天上午来我办公室一趟，这是我新号，存一下。",
    "小{surname}，我在外面开会不方便接电话，有个客户急需打款{amount}，你先帮我垫一下，回头报销，别声张。",
    "妈，我手机掉水里了，这是同学的号，加我新V信{wx}，有急事跟你说。",
    "老同学，还记得我吗？高中同桌啊，换号了，加个微信{wx}聊聊，有点事想请你帮忙。",
    "我是{school}的{surname}老师，班级需交资料费{small}元，请家长扫码进新群缴纳，群号{qq}",
    "舅舅这边急用钱，卡被银行限额了，你先转{amount2}到我朋友账户，明天还你，先别跟你妈说。",
    "{name}，我是你领导，已把你拉进工作群，进群后改成实名，马上要开会。QQ群{qq}",
    "爸，我在{city}出了点事，被人扣下了，要{amount}才放人，千万别报警，钱打这个卡。",
    "哥，我在医院，手机快没电了，用的同事的号，帮我先交下押金{amount2}，收款码我发你。",
    "我是你們{surname}董，這是我新的號碼，你先加我LINE {wx}，有件事要你幫忙處理。",
    "阿{surname}，係我呀，換咗電話，今晚有啲急事要周轉，可唔可以轉{amount2}俾我朋友先？",
    "我係你舊同學阿{surname}，唔記得我啦？手機壞咗用住新號碼，得閒WhatsApp我傾下。",
    "Hi Mum, it's me, I dropped my phone in the loo. This is my new number. Can you message me on WhatsApp? Need a favour x",
    "Hey {fname}, it's your manager. I'm stuck in a meeting, can you pick up some gift cards for a client? I'll reimburse you. Text me the codes.",
    "Hi Dad, new number, old one broke. Can you pay a bill for me today? I'll pay you back Friday, can't log into my banking app",
    "Hey bro it's {fname} from school, long time. Lost all my contacts, save this number. Can I ask you something urgent?",
  ],
  fake_collection: [
    "【{lender}】您的借款已逾期{days}天，欠款{amount}元，今日{time}前未处理将移交法务部起诉并通知您的紧急联系人。",
    "最后通知：你在{loanapp}的欠款已严重逾期，已安排{city}当地人员上门，如需协商请联系{phone}",
    "您的逾期记录即将上报征信，为避免影响子女入学，请立即还款至指定账户，户名：{name}",
    "【资产管理部】受{lender}委托对您名下逾期债务进行催收，扫码还款可减免{pct}%违约金 {link}",
    "再不还钱就把你通讯录挨个打一遍，让你亲戚朋友都知道你是老赖。还款加V：{wx}",
    "律师函：您于{date}借款{amount}元至今未还，我所已受理，{days}日内未结清将向法院提起诉讼，案号{case}。",
    "温馨提示：您的账单逾期已产生滞纳金，官方通道维护中，请将{amount2}元转至专员个人卡，尾号{d4}。",
    "催 收 通 知：你 的 网 贷 已 逾 期，今 天 不 还 明 天 单 位 同 事 都 会 收 到 催 收 函，回 拨{phone}",
    "【{lender}】您的帳戶已逾期{days}日，本公司將依法申請支付命令並通知聯絡人，請速與專員聯繫：{phone}",
    "你喺{loanapp}借嘅錢已經逾期，今日唔還就上門搵你屋企人，有咩事WhatsApp {phone}",
    "您的貸款逾期未繳，已列入黑名單，即日起將寄發存證信函至您公司，還款請洽LINE {wx}",
    "FINAL NOTICE: Your outstanding balance of ${usd} is {days} days overdue. Legal action will begin unless paid today via {link}",
    "Debt Recovery: £{gbp} owed has now passed to bailiffs. Enforcement agents will attend your address on {dateen}. Avoid this by paying at {link}",
    "Hi {fname}, your loan from {loanapp} is overdue. We will post your photo on FB and message all your contacts if no payment today. GCash to {phone}",
    "Your EMI of Rs {amount} is pending. Recovery agent will visit your office tomorrow and inform your family. Pay now {link}",
    "URGENT: {lender} has authorised collection on your account. Pay $A{usd} to the nominated agent account today or a default goes on your credit file.",
  ],
  task_rebate: [],
  investment: [],
  credit_repair: [],
  game_trade: [],
  romance: [],
  military_purchase: [],
  prize: [],
  premium_rate: [],
  parcel_fee: [],
  account_lock: [],
  tax_refund: [],
};
