/**
 * Blind tuning set #57 (scam only; 8 templates per typology, half English (UK, US, SG, MY, AU, IN, PH, NG), half Traditional Chinese (Taiwan, Hong Kong Cantonese); session 15). Measured once on arrival (tree aabbd9f), 3 renderings per
 * template: fake_collection 75.0, acquaintance 75.0, prize 75.0, the rest 87.5–100 % (the rules alone 37.5–87.5 %).
 *
 * Blind tuning set 57 — SCAM templates only.
 *
 * Written blind to the classifier: the author did not look at its code, rules,
 * data or other test sets. Every template is original wording invented for
 * this file.
 *
 * Styles: half English (UK, US, Singapore, Malaysia, Australia, India,
 * Philippines, Nigeria; formal SMS, text-speak, WhatsApp-style chat, and some
 * aimed at Chinese speakers living abroad), half Traditional Chinese (Taiwan
 * wording incl. LINE / 165-era phrasing; Hong Kong Cantonese incl. WhatsApp and
 * 港式 mixed English). Lengths vary from one-line SMS to chat messages and
 * short call transcripts; some are only an opener with a single subtle hint.
 *
 * Public sources whose DESCRIPTIONS of scam scripts were paraphrased (no texts
 * or data sets were copied): Taiwan 165 全民防騙網 fraud-type explainers;
 * Hong Kong Police 反詐騙協調中心 / 守網者 CyberDefender alerts; Singapore
 * Police Force and ScamShield advisories; Malaysia NSRC 997 notices; UK Action
 * Fraud and NCSC guidance; US FTC consumer alerts; Australia Scamwatch;
 * India cybercrime.gov.in and RBI awareness material; Philippines CICC
 * advisories; Nigeria EFCC public warnings.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_57_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "FINAL REMINDER: Your {lenderapp} loan of RM{amount} is {days} days overdue. Legal team will visit your [workplace|home address] and notify your emergency contacts unless full settlement is made today to our collection officer's account. WhatsApp {phone} for payment details.",
    "Hi {fname}, this is recovery dept for {loanapp}. U still owe Rs {amount}. We already prepared the FIR draft. Pay by 6pm via UPI to agent ID given on {link} or we call ur family & office, ur choice.",
    "Notice of Intended Legal Action: Account ref {d12}. Outstanding balance ${amount}. To avoid court proceedings and a default listing on your credit file, settle via the secure arrangement portal {link} within {hours} hours.",
    "Good day Sir/Ma, I am calling from {loanapp} recovery unit. Your contact list has been exported. If N{amount} is not paid before close of business we shall start sending your photo as debtor to all your contacts. Pay to the account I will send you now.",
    "【{lender}】台端於本公司之借款已逾期{days}日，法務部門即將向法院聲請支付命令並通報聯徵中心。請於今日內加LINE：{wx} 與專員協商，匯入指定帳戶即可撤銷案件。",
    "你好，{name}先生係咪？我哋係{lender}追數部，你張單拖咗{days}日，今日唔清嘅話我哋同事會去你公司搵你老細傾吓。還款請轉數快去呢個戶口，唔好再拖。",
    "{surname}小姐您好，您在{loanapp}的分期已列入催收，若再不處理將聯絡您通訊錄中的親友協助代償。協商還款請掃描專員提供的QR code，逾時不候。",
    "【法務通知】{name} 你於{lenderapp}之欠款 HK${amount} 已轉交外判收數公司，明日上門。如欲和解請即 WhatsApp {phone}，只接受轉賬至我司指定個人戶口。",
  ],
  task_rebate: [
    "Hi! I'm Jessica from a digital marketing agency. We need people to like YouTube videos from home, paid RM{small} per like, up to RM{amount} per day. Interested? Reply YES and I'll add you on Telegram {tg}.",
    "Part-time job: rate hotel listings on our merchant platform, earn ${usd} daily. First 3 tasks are free to try, then advanced 'combo orders' need a small top-up which is returned with 30% commission. Apply: {link}",
    "Congrats ur profile was shortlisted for our remote app-review role. 20-30 mins/day, pay Rs {amount}. No fees to join. Pls message our HR on WhatsApp {phone} to start task 1.",
    "Hello {fname}, thank you for completing today's tasks. Your account shows a negative balance because you received a premium order. Please recharge ${usd} to unlock withdrawal of your ${usd2} commission. Mentor will guide you.",
    "您好，我們是{shop}商家推廣部，誠徵居家兼職，幫店鋪按讚、加關注即可，每單佣金{small}元，日結不拖欠。有興趣請加LINE ID：{wx}",
    "恭喜通過試做！接下來嘅「VIP連單」每單要先墊付貨款，完成三單後本金連{pct}%佣金即時退返俾你。導師話今日名額只剩兩個，快啲入群組啦。",
    "【居家工作】只需手機，幫品牌提升銷量，做一單返一單，昨晚學員小陳已經提領{amount}元。點擊 {link} 登記，客服會帶你操作第一筆任務。",
    "hi 我係HR Amy，見你有搵part time，我哋有個 follow IG 帳號嘅 task，一個 follow 俾 HK${small}，唔使本錢，得閒可以 WhatsApp 我 {phone}",
  ],
  investment: [
    "Welcome to the VIP Stock Insight Club! Our chief analyst shares 1-2 SGX picks daily with 15-30% upside. Download the partner trading app {link} and use invite code {d6} to get the members-only allocation.",
    "Hey {fname}, my uncle works at a hedge fund and he's been teaching me gold trading on this platform. Made ${usd} this week lol. Want me to send you the link? Only minimum ${usd2} to start.",
    "Dear Investor, your withdrawal of USD {usd} from {company} is on hold. As per regulation a capital gains tax of {pct}% must be deposited before funds are released. Contact your account manager immediately.",
    "Namaste! Join our free WhatsApp group 'Smart Nifty Traders' by Prof. Sharma. Institutional IPO shares at discount, guaranteed returns daily. Limited seats: {link}",
    "老師今天又帶大家抓到漲停板！群組內的同學都賺到了，{name}你還在觀望嗎？加入VIP專屬帳戶，用「機構通道」下單，穩定獲利{pct}%以上。LINE：{wx}",
    "{fname}哥，你上次話想學投資，我而家跟緊個導師炒虛擬貨幣，一個月回報三成幾。個平台係新加坡牌照，你開戶後我拉你入 Telegram 群：{tg}",
    "【{company}】尊敬的會員您好，您的帳戶獲利{amount}元已達提領門檻，依規定需先繳納{pct}%保證金及手續費，方可辦理出金，請洽線上客服。",
    "早晨！我係之前喺 Facebook 同你傾過嘅 Sandy，我哋外匯平台今個月有新客戶優惠，入金 HK${amount} 送一倍 bonus，保本唔會蝕，有興趣可以睇吓：{link}",
  ],
  fake_loan: [
    "{fname}, your personal loan of AUD {amount} is APPROVED. No credit check needed. To release funds, a one-time insurance deposit of ${usd} is required (fully refundable). Reply with your BSB and we'll proceed.",
    "Instant loan PHP {amount}, no collateral, 5 mins approval! Just pay processing fee PHP {small} via GCash to our agent then cash will be sent. Txt {phone}",
    "Dear applicant, your loan disbursement failed because the bank account number you entered does not match. Your funds are now frozen. Pay unfreezing fee Rs {small} to correct the record: {link}",
    "Hello I'm loan officer from {loanapp}. Your credit score is a bit low, so the system needs to see 'account flow'. Transfer N{amount} into our verification wallet, it will come back with your loan in one hour.",
    "【{loanapp}】您的貸款申請{amount}元已核准，因填寫帳號錯誤導致資金凍結，請於{hours}小時內匯入解凍金{small}元至專員提供之帳戶，逾期將列入黑名單。",
    "{name}你好，你申請嘅私人貸款已批出 HK${amount}，不過要先交 HK${small} 律師費同印花稅先可以出數，確認請回覆 Y。",
    "免審核！學生、家管、無薪轉都能借，最高{amount}萬，當天撥款。只需先購買「會員資格」享專屬低利率，詳洽LINE客服：{wx}",
    "客服專員：您好，系統顯示您的還款能力不足，需要做一筆驗資證明，把{amount}元轉到這個帳戶，十分鐘後連同貸款一起退回，這是正常流程請放心。",
  ],
  customer_service: [
    "{shopen} Support: We noticed your order #{d12} was charged twice. To process your refund of ${usd} please install the support app AnyDesk and share the 9-digit code with our agent. Call {phone}.",
    "Hi this is Lazada customer care. Your parcel was lost by the courier, we'll compensate you RM{amount}. Pls add our claims officer on WhatsApp, she'll guide you to receive the payout via online banking.",
    "Caller: Good afternoon, I'm calling from {shopen} about your Prime membership. It will auto-renew at ${usd2} per year today. If you didn't authorise this, I can cancel it but I'll need to verify you through your banking app, can you open it now?",
    "Dear Customer, you were mistakenly enrolled as a Gold Seller with a monthly fee of ₹{amount}. To cancel, kindly follow the steps on {link} before midnight, else the charge will be debited automatically.",
    "您好，我是{shop}客服，因我們系統錯誤，將您設定為「批發商分期付款」，每月會自動扣款{amount}元，請依照銀行專員指示操作網銀解除設定。",
    "喂你好，我哋係{courier}理賠部，你個包裹喺運送途中損毀咗，我哋會賠償 HK${amount}。麻煩你加我 WhatsApp，開個 screen share 我教你點樣收款。",
    "【{shop}】親愛的買家您好，您購買的商品因品質問題已被下架，可申請三倍退款，請點擊 {link} 填寫銀行卡資料辦理。",
    "你好，我係{app}客服，你早前開通咗「百萬保障」服務，如果唔取消每個月會扣你 HK${small}，你而家方唔方便用手機網上理財跟住我做？",
  ],
  police_impersonation: [
    "This is Officer Tan from the Singapore Police Force, Commercial Affairs Department. Your bank account has been linked to a money laundering case {case}. You are required to cooperate with investigations and keep this confidential. Please stay on the line.",
    "URGENT from US Marshals Service: an arrest warrant has been issued under your SSN for failure to appear. To avoid detention, call Deputy Collins now at {phone}. Do not discuss with anyone.",
    "Dear {fname}, this is the Customs Department of Malaysia. A parcel under your name containing illegal items was seized at KLIA. Press 1 to be transferred to PDRM officer.",
    "Caller: Sir, I am Inspector Verma, Mumbai Cyber Crime. Your Aadhaar was used to open 7 accounts for narcotics transactions. We will do a video statement now on Skype, you must stay alone in a room and not disconnect. To prove innocence, your funds must be moved to RBI verification account.",
    "【{city}地檢署】{name}君，您涉及洗錢案件{case}，已核發拘票。為證明清白，請配合監管帳戶資金清查，並簽署保密切結書，不得向任何人透露，詳情請撥{phone}。",
    "喂，你好，呢度係健保署，你張健保卡喺{city}被人冒用開咗藥，我幫你轉駁去警察局備案……喂，我係刑事局陳警官，你嘅帳戶涉及詐騙集團，要即刻做資金監管。",
    "我哋係中國公安部嘅，你喺大陸有一宗案件未處理，你個名出現咗喺一份洗黑錢名單度。你而家去一間酒店房，開視像錄口供，唔好話俾屋企人知。",
    "【中華電信】您門號因涉及詐騙簡訊將於{hours}小時內停話，如有疑問請按9轉接專員，本案將移送警方偵辦。",
  ],
  credit_repair: [
    "Your credit score dropped 120 points due to a wrongly reported default. Our certified credit repair agents can remove it in 48 hrs. Upfront verification fee ${usd} only. Reply FIX.",
    "Hi, I'm from the credit bureau. Your old student loan app account is still active & affecting your CIBIL score. To close it, transfer your remaining balance to our clearing account for verification, we refund within 24h.",
    "Notice: Your CTOS/CCRIS record shows negative entries. Clean your credit record and get approved for any loan. Contact our consultant {phone}. Guaranteed results.",
    "Caller: Hello, this is the student finance department. Because of new regulations, your old campus loan account must be cancelled, otherwise your credit file will be affected. I'll help you, but first you need to clear the available credit in all your apps.",
    "【聯徵中心】您名下有一筆學貸帳戶未註銷，將影響個人信用評分，請於今日內撥打專線{phone}辦理註銷，否則將列入不良紀錄。",
    "你好，我哋係信貸資料服務機構，你 TE 評級跌咗去 H，我哋可以幫你洗白，收費 HK${amount}，三日內搞掂，之後借錢冇問題。",
    "同學您好，您大學時期在{loanapp}申請過校園貸款，依金管會新規須註銷帳戶，請下載相關APP將額度全部借出後轉入我方指定帳戶驗證，驗證後全額退回。",
    "信用修復專家：不管您信用多差，都能幫您消除負面紀錄，成功才收費，先付{small}元建檔費，加LINE：{wx}",
  ],
  acquaintance: [
    "Hi Mum, it's me, phone fell in the toilet so this is my new number. Can you save it and text me on WhatsApp? Need a quick favour x",
    "Hello {fname}, it's Mr. Lim. I'm in a meeting now and can't talk. I need you to help purchase some Google Play gift cards for a client, I'll reimburse you later. Keep this between us for now.",
    "Boss here. New number, save it. Are you in the office? Need you to handle an urgent payment to a supplier before 3pm. Will send details.",
    "Hey bro long time! It's Femi from secondary school. I'm stranded at the airport and my card got blocked. Can you send me N{amount}? I'll pay back tomorrow first thing, abeg.",
    "{name}，我是你{surname}老師，這是我新的LINE，舊的帳號被盜了，加一下，等等有事想請你幫忙。",
    "老豆，我換咗新電話號碼，舊嗰個唔用喇。我而家有少少急事，可唔可以幫我轉 HK${amount} 去呢個戶口先？遲啲還返你，唔好話俾媽咪知住。",
    "在嗎？我是{surname}經理，明天要跟客戶簽約，臨時需要先付一筆訂金{amount}元，我人在外面不方便轉帳，你先幫我墊一下，回公司馬上還你。",
    "Hi，係我啊，你估吓我係邊個？以前中學同班嗰個，我而家喺香港做嘢，有空出嚟飲茶？",
  ],
  game_trade: [
    "Hi, I saw your post selling the {game} account. I'll pay ${usd}. Please list it on {gameplat} through this link so the escrow can hold the money: {link}",
    "Bro ur {game} skin trade is stuck cos ur account not verified. Admin says pay ${usd} verification deposit, it's refundable after trade completes.",
    "Free Robux generator 100% working!! Just login with your Roblox username and password here {link} and get 10,000 Robux instantly.",
    "{gameplat} Notice: Your withdrawal of ${usd2} from the sale of your in-game items is frozen due to incorrect bank details. Contact customer service to pay the unfreezing fee.",
    "你好，我想買你在{gameplat}賣的{game}帳號，不過我們用平台的「安全交易」，我傳連結給你，你在上面登記收款帳號就可以了。",
    "【{gameplat}】賣家您好，買家已付款{amount}元，但因您帳戶未開通保證金功能，資金已凍結，請於{hours}小時內繳交保證金以解凍。",
    "喂兄弟，我平價放{game}嘅鑽石，市價一半，先轉錢我就即刻上貨，已經好多人買咗，信我啦。",
    "{fname}，你個{game}號我有興趣，不過我唔識用交易平台，我俾埋個客服 WhatsApp 你，佢會教你點收錢。",
  ],
  romance: [
    "Hello dear, sorry for the wrong number. But your profile picture is so lovely, may I know you? I'm a surgeon working with the UN in Syria.",
    "Good morning my love, I've been thinking about our future together. My uncle showed me a crypto platform that made him rich. I want us to invest together so we can buy our house. Let me show you how.",
    "Baby I'm so sorry to ask, but customs is holding the package with the gold and gifts I sent you. They need ${usd} clearance fee, I can't pay from the oil rig. I promise I will pay you back when I come.",
    "Hi there! I'm Anna, 28, living in Singapore. I saw you in a {romanceapp} group. I'm new here and don't have many friends. Can we chat on WhatsApp?",
    "哥哥你好，我是在{romanceapp}認識你的小雨，這陣子跟你聊天很開心。我舅舅在做博弈網站的系統，他知道漏洞，我們一起投一點，賺到錢就可以見面了。",
    "我而家喺美國做軍醫，好快退役，想嚟香港同你一齊生活。我有啲私人財物寄咗俾你，但係海關要你先付 HK${amount} 手續費，你可以幫我處理嗎？親愛的。",
    "老公，今天一樣愛你，晚安。明天記得把剛教你的那筆{amount}元儲值到平台上，這次的波段很穩，我不會騙你的。",
    "你好，冒昧加你，我喺 Instagram 見到你好陽光，我係台灣嚟嘅女仔，喺香港返工，得閒可以做朋友嗎？",
  ],
  military_purchase: [
    "Good day, this is Sgt. Ramirez from the army base in {city}. We'd like to order 200 units of {goodsen} for our unit. The payment will be made by purchase order, but we need you to first pay our designated supplier for the accessories.",
    "Hello, I'm Captain Lee from the Police training camp. We need catering for 150 men next week. Our finance requires your company to pay a registration deposit to the vendor list before we can transfer the full amount.",
    "Hi, I'm from the Air Force procurement office. We're buying {goodsen} in bulk. Another item we need is only available from our approved supplier, pls advance the payment and we'll add it to our bill.",
    "Dear vendor, the Nigerian Army Barracks wishes to purchase {n} cartons of {goodsen}. Kindly send invoice. Note: you'll have to procure the military-grade packing from our accredited contractor at your cost, to be refunded.",
    "老闆您好，我是{city}營區的採購官，部隊要訂{n}份{goods}，帳款由軍方統一撥付，但另外需要一批特殊規格物品，要麻煩您先跟我們指定的廠商訂貨墊款。",
    "你好，我係消防處訓練學校嘅採購主任，想訂{goods}比隊員，今個禮拜要。不過我哋規定要經指定供應商出貨，你先轉訂金俾佢哋，之後我哋連同貨款一次過找數。",
    "{shop}賣家您好，我是憲兵隊的，我們單位要買一批{goods}，採購流程要您先加入我們的供應商名單，請先匯保證金{amount}元到指定帳戶。",
    "喂，係咪{shop}啊？我哋係警察訓練學院嘅，想大批訂{goods}，方便加個 WhatsApp 傾吓細節嗎？",
  ],
  prize: [
    "CONGRATULATIONS! Your mobile number has won GBP {gbp} in the UK National Lottery International draw. Claim ref {d6}. Contact our claims agent at {link} to arrange payout.",
    "Congrats {fname}! You've been selected as our lucky winner for a brand new iPhone. Just pay shipping fee ${small} to receive it: {link}",
    "Dear Customer, you have won ₹{amount} in the KBC Lucky Draw. To claim, call Mr. Rana Pratap Singh on WhatsApp {phone}. Processing fee applicable.",
    "You're our 1,000,000th visitor! Spin the wheel now to win exclusive prizes worth up to ${usd}. Offer expires in {hours} hours.",
    "【{shop}週年慶】恭喜您的帳號被抽中二獎，獲得現金{amount}元及{goods}一台，請於{days}日內登入 {link} 填寫領獎資料並支付稅金。",
    "恭喜你！你喺我哋嘅周年抽獎中咗 HK${amount} 現金券，請即 WhatsApp {phone} 登記領獎，要先付行政費 HK${small}。",
    "{name}您好，您參加的「{tvshow}」節目幸運觀眾抽獎中獎了！獎金{amount}元及筆電一台，請聯繫節目組領取。",
    "嘩，你真係好好彩，今日抽中咗我哋嘅大獎，得閒打返嚟 {phone} 啦。",
  ],
  premium_rate: [
    "FreeMsg: You have been selected for a chance to win £{gbp} cash! Txt WIN to 87077 now. £1.50/msg, 18+ only. Stop? txt STOP.",
    "Your mate has sent you a secret crush msg! Find out who by replying LOVE to 85222. Msgs cost £2 each.",
    "Hi {fname}, your call from an unknown number could not be connected. To listen to your voicemail call 09061 {d6} (calls cost £1.50/min plus network charges).",
    "Subscribe to daily horoscope alerts! Reply YES to 4646. Only RM{small}/SMS, billed daily.",
    "您好，您的朋友在{city}留了一則語音訊息給您，請撥 0204 {d6} 收聽，每分鐘費率{small}元。",
    "【訂閱通知】您已成功訂閱「每日運勢」服務，每日傳送一則，每則收費{small}元，如要取消請回覆「取消」至 0937 {d6}。",
    "想知你今年嘅桃花運？回覆 LOVE 去 508{d4}，每條訊息 HK${small}，即時話你知！",
    "恭喜您獲得免費試聽資格！撥打 0209-{d6} 即可聆聽精彩內容，通話費每分鐘{small}元。",
  ],
  parcel_fee: [
    "Royal Mail: Your parcel is being held due to an unpaid shipping fee of £{small}. To arrange redelivery, pay here: {link}",
    "SingPost: We attempted delivery of your item {d12} but the address was incomplete. Please update your details and pay S${small} redelivery fee at {link} within 24 hrs.",
    "{courieren}: ur package is on hold at customs. Import duty of ${small} due. Pay now to avoid return 2 sender {link}",
    "Dear customer, your parcel from China is at the Bureau of Customs, Manila. Pay PHP {small} customs tax via the link {link} to release it.",
    "【{courier}】您的包裹因地址不詳無法派送，請於24小時內點擊 {link} 更新地址並支付{small}元補件費。",
    "香港郵政：你嘅包裹因郵費不足被扣留，請喺{days}日內經以下連結補付 HK${small}，否則將退回寄件人：{link}",
    "您好，您在{shop}購買的包裹因海關查驗需繳納關稅{small}元，請盡速至 {link} 完成繳費，逾期將銷毀。",
    "【{courier}】喂你好，你有個包裹喺我哋倉，因為資料唔齊派唔到，麻煩你 click 呢個 link 確認吓地址：{link}",
  ],
  account_lock: [
    "HSBC: A new device was registered to your account. If this was not you, please visit {link} immediately to secure your account.",
    "Netflix: Your account has been suspended due to a payment failure. Update your billing details within 24 hrs to avoid losing access: {link}",
    "Apple ID Alert: Your account was locked for security reasons. Please verify your identity at {link} to restore access.",
    "Maybank: Your account is temporarily locked due to multiple failed login attempts. Verify now at {link} to unlock, RM0 charge.",
    "【{bank}】您的網路銀行帳戶因異常登入已被凍結，請立即至 {link} 完成身分驗證以解除限制。",
    "【{app}】您的帳戶因違反使用規範已被暫停，請於{hours}小時內點擊 {link} 申訴，逾期將永久停用。",
    "WhatsApp：你嘅帳戶喺另一部裝置登入咗，如果唔係你本人，請即刻撳呢個 link 驗證：{link}",
    "ETC通知：您的電子收費帳戶因扣款失敗已被停用，請儘速至 {link} 更新付款資訊，以免產生罰款。",
  ],
  tax_refund: [
    "HMRC: You are eligible for a tax refund of £{gbp}. To claim, please complete the online form: {link}",
    "ATO: You have an outstanding tax refund of ${usd}. Please verify your details to receive your refund at {link}",
    "IRS: Your stimulus payment of ${usd2} is ready. Confirm your bank info to receive it: {link}",
    "LHDN: Anda layak menerima bayaran balik cukai RM{amount}. Sila kemaskini maklumat akaun bank anda di {link} dalam 3 hari.",
    "【國稅局】您有一筆綜合所得稅退稅{amount}元尚未領取，請於{days}日內至 {link} 登記帳戶資料以辦理退款。",
    "稅務局通知：閣下有一筆 HK${amount} 退稅款項待領取，請即登入 {link} 核實身份，逾期作廢。",
    "【衛福部】您符合防疫補助資格，可領取{amount}元補貼，請點擊 {link} 填寫資料領取。",
    "你好，我哋係社會福利署，你有一筆生活津貼未領，請喺今日之內回覆你嘅銀行戶口同身份證號碼。",
  ],
};
