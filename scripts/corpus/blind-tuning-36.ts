/**
 * Blind set #36 (scam only, 8 templates per typology: a fair sample, common and unusual scripts, about a third English;
 * session 13). Measured once on the session's final tree before it was tuned on (wired into generate.ts in session 14): every typology
 * ≥ 85 %, romance 87.5 the lowest, the rest 100 % (mean 99.2 %; rules alone 79.2–100 %).
 *
 * Blind tuning set 36 — scam-only templates for the Chinese/English anti-fraud SMS classifier.
 *
 * Written BLIND: the author never saw the classifier, its rules, its code or its other test data.
 * 16 scam typologies x 8 templates. A fair sample of what people actually receive: mostly the
 * common scripts, plus some unusual ones. Styles mix SMS with sender tags, bare SMS, chat
 * excerpts, call transcripts (labelled or not) and victim-narrated accounts; mostly simplified
 * Chinese, some Taiwan and Hong Kong wording, and roughly a quarter English (UK, US, SG, AU, IN).
 *
 * Every text is original wording. Only public DESCRIPTIONS of scam scripts were paraphrased
 * (never copied texts or data sets): typology write-ups and warnings from China's Ministry of
 * Public Security / National Anti-Fraud Center publicity, Taiwan's 165 anti-fraud hotline
 * notices, Hong Kong Police ADCC / Scameter advice, Singapore Police ScamAlert, UK Action Fraud
 * and NCSC guidance, the US FTC consumer alerts, Australia's Scamwatch, and Indian cyber-crime
 * awareness advisories.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_36_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}您好，您在{lenderapp}的借款已逾期{days}天，欠款{amount}元。法务部已将案件移交{city}当地律所，如{hours}小时内仍未结清，将安排人员[上门核实|到您单位走访]并通知您的紧急联系人。请立即联系专员{phone}处理。",
    "{name}，我们是{lender}贷后管理中心。你的账单逾期严重，已上报征信，今天下午将向你通讯录里的亲友发送催收函。现给你最后一次协商机会：对公通道维护中，请添加专员微信{wx}获取指定收款账户，或扫描下方二维码还款。",
    "来电录音｜对方：喂，是{name}吧？我这边是{lender}风控部的，你在我们这借的{amount}元已经逾期三个月了，法院已经立案，编号{case}，明天就去你单位送传票。我：我记得早就还清了啊。对方：系统显示没有，你要想撤诉今天先还一部分，我发你个还款链接{link}，别拖了。",
    "FINAL NOTICE: Our records show an outstanding balance of GBP {gbp} on your account. Failure to settle within 48 hours will result in a County Court Judgment and enforcement agents attending your home address. Settle now to avoid further action: {link}",
    "【{lender}】{name}先生／小姐您好，您的貸款已逾期{days}日未繳，本公司將於近日委由法務人員前往您戶籍地及工作單位催收，並通報聯徵中心。請於今日內匯款至指定帳戶或來電{phone}協商，逾期不候。",
    "{surname}某，欠{amount}不还还挺能躲？你老家地址和你老婆单位我们都有，今晚十二点前不处理，明天{city}的同事直接上门，顺便给你全村发个通知。还款加微信{wx}",
    "【催收通知】{name}，你在{loanapp}的欠款已被我司全额收购，原平台还款通道已关闭，请勿再向原平台还款。后续请通过{link}向我司还款，逾期将按规定上报征信并提起诉讼。",
    "This is {fname} calling from the Debt Recovery Unit regarding your past-due loan of {usd} USD. Your file has been flagged for legal action and a process server is scheduled to visit your home and employer on {dateen}. To stop the filing today, pay through our secure portal {link}. Gift cards are also accepted.",
  ],
  task_rebate: [
    "【{shop}】诚招网络兼职，在家用手机就能做，点赞关注一单{small}元，日结200-500，不收任何费用，有意者加QQ{qq}备注“兼职”。",
    "聊天记录｜客服：亲，前三单体验单的佣金已经到账了吧？接下来是联单任务，需要连续完成3单，每单垫付{amount}元，全部完成后本金加佣金一起返还。我：为什么我提不了现？客服：您操作超时导致数据卡单，需要再做一单{amount2}元的补单才能解冻。",
    "宝妈专属福利：帮{shop}商家刷好评，先垫付后返款，佣金{small}元／单，一天轻松赚{amount}元。下载任务APP：{link} 邀请码{d6}",
    "Hi, I'm {fname} from a recruitment agency. We are hiring remote part-time staff to boost product ratings for {shopen} sellers. Earn 300-800 USD a day, paid the same day, no experience needed. Interested? Message me on Telegram {tg}",
    "Hello! Simple online job: like YouTube videos and send a screenshot, 5 SGD per like, up to 200 SGD daily. Add our mentor on Telegram {tg} to get your first task. After 3 tasks you can join the prepaid merchant task for higher commission.",
    "看视频点赞就能赚钱，[一个赞|一单]{small}元，秒到账，不压本金，加{wx}领取任务",
    "您好，我是蝦皮商家助理，現招募線上兼職人員協助提升店鋪銷量，每單佣金{small}元，當日結算，時間自由。有興趣請加LINE ID：{wx}",
    "恭喜你被选为{app}本地生活探店体验官！只需在平台下单后给好评，商家返还全部货款并奖励佣金。第一单{small}元，后续任务单{amount}元起，系统提示信用分不足需充值恢复。详情添加导师企业微信{wx}",
  ],
  investment: [
    "【{company}】尊敬的股民朋友，您已被邀请加入{name}老师的免费荐股群，每日推送涨停牛股，上月胜率{pct}%，名额有限，加微信{wx}备注“牛股”进群。",
    "群聊｜导师助理：老师今晚带大家在{company}内部平台打新，原始股一签保底收益30%。群友：我账户里有{amount}，怎么充？助理：必须通过平台指定的对公账户充值，不能走券商，这是机构专用通道，下午三点前截止。",
    "您在{company}数字资产平台的账户盈利{amount}元，申请提现需先缴纳个人所得税及风险保证金{amount2}元，缴纳后{hours}小时内到账，逾期账户将被冻结。客服Telegram：{tg}",
    "Hi {fname}, my uncle is a senior analyst and shares insider signals on a USDT contract platform. I made 40% last month just following his calls. I can show you how, start with 500 USD and you'll see the profit in your account tomorrow. Register here: {link}",
    "ASX insider alert: 3 small-caps set to rocket 300% this week. Our fund manager is sharing the picks free in a private WhatsApp group for the next 24 hours only. Join now: {link}",
    "恒指波動大，{company}導師每日免費分享港股短線策略，跟單勝率高達九成，即加WhatsApp群組：{link}",
    "外汇交易平台{company}系统升级，您的账户因资金异常流动被风控，需在{days}天内补缴{amount}元“解冻保证金”，否则本金将被强制清算。",
    "养老理财新产品，年化收益{pct}%保本保息，国家备案项目，投入{amount}元每月返息，推荐亲友再拿奖励，详询{surname}经理{phone}",
  ],
  fake_loan: [
    "【{loanapp}】您的借款申请已审核通过，额度{amount}元。因您填写的银行卡号有误，资金已被冻结，需缴纳{small}元解冻金后方可放款，请联系客服QQ{qq}。",
    "无抵押无担保，黑户白户都能下款，最快10分钟到账，额度5000-{amount}元，[点击|戳]{link}申请",
    "微信聊天｜放款专员：您的贷款已经批下来了，但是您的银行流水不足，需要刷一下流水，往这个账户转{amount2}元，系统检测到后连同贷款一起打给您。我：我没钱怎么刷？专员：可以找朋友借一下，两分钟就退。",
    "Dear customer, your personal loan of Rs 2,00,000 is pre-approved at 0% interest. Pay a one-time processing fee of Rs 1,999 to activate instant disbursal: {link}",
    "Congrats {fname}! You're approved for up to {usd} USD even with bad credit. To release the funds, buy a 150 USD insurance deposit in gift cards and reply with the card numbers.",
    "免聯徵、免保人，信用不良也可貸，最高50萬當天撥款。加LINE：{wx} 專人服務，需先繳交帳戶包裝費及保證金，撥款後全額退還。",
    "{name}您好，您在{loanapp}提交的{amount}元贷款已打款至您的银行卡，但因账户被风控，需开通VIP会员才能解冻，会员费{small}元，开通后立即到账。",
    "（通话记录）“您好，我是{lender}的信贷经理，看到您之前在我们平台申请过贷款，现在有个内部低息名额，年化3%，要先交一笔{amount2}元的验资金证明还款能力，放款时一起退给您。”",
  ],
  customer_service: [
    "【{shop}客服】您好，您购买的{goods}因质检不合格已被下架，我们将为您办理双倍退款，请添加客服QQ{qq}办理，订单号{d12}。",
    "【{courier}】您的快递（运单号{d12}）在运输途中丢失，我司将按规定为您理赔{amount}元，请点击{link}填写理赔信息。",
    "您好，我是{app}客服，您之前开通了百万保障服务，试用期已到，下月起每月自动扣费{amount}元。如需关闭请联系{phone}，工作人员会指导您开启屏幕共享进行操作。",
    "来电：您好，这里是{shop}官方客服，工号{d4}。您之前在直播间开通了会员，不取消的话每月会扣{small}元，还会影响征信。我教您关闭，您先打开支付软件看一下“备用金”额度……对，把借出来的钱转到我们的退款核验账户，核验完原路退回。",
    "{shopen}: Your annual membership will auto-renew at {usd} USD today. If you did not authorise this charge, call our support line to cancel. An agent will help you install a remote support app to process your refund.",
    "Hi, this is {fname} from the {shopen} refunds department. We accidentally refunded 4,900 USD instead of 49 USD to your account. Please return the difference in gift cards today or your account will be reported for fraud.",
    "您好，這裡是{shop}客服，因工作人員疏失將您誤設為批發商會員，每月會自動扣款，請依照專員指示至ATM操作解除分期付款設定。",
    "【順豐速運】您的件在派送途中遺失，現為您辦理賠償，請添加客服WhatsApp並提供銀行戶口號碼及網上理財登入資料以便退款。",
  ],
  police_impersonation: [
    "{name}，我是{city}公安局刑侦支队的{surname}警官，警号{d6}。你名下一张{bank}卡涉嫌一起特大洗钱案，案件编号{case}，现需要对你进行资金清查。此案属于国家机密，不得向任何人透露，包括家人。请下载指定会议软件，和我视频做笔录。",
    "电话录音：“这里是{city}市人民检察院，你涉嫌参与非法洗钱，我院已签发逮捕令，你可以登录{link}查看通缉令。为证明你的清白，需要把你名下所有资金转入国家安全账户进行核查，核查完毕全额返还。”",
    "【医保局】您的医保卡在{city}某医院存在违规套现记录，已被冻结，详情请按9转人工或拨打{phone}。",
    "您好，这里是电信管理局，您的身份证在{city}办理了一张手机卡，涉嫌发送诈骗短信，两小时后您名下所有号码将被停机，如有疑问按1转接当地公安。",
    "This is Detective {fname} from the Metropolitan Police fraud squad. Your bank has an insider helping criminals access your account. We need you to withdraw your savings and move them to a secure holding account while we investigate. Do not discuss this with bank staff, they may be involved.",
    "Caller: 'This is DHL. A parcel in your name containing fake passports was seized by customs. I will transfer you to the police.' Officer: 'Your bank account is linked to a money laundering case. Transfer your funds to the safety account for investigation and keep this confidential.'",
    "入境處通知：你嘅身份證被人冒用申請簽證，涉及刑事案件，請按0轉接大陸公安處理。",
    "【健保署通知】您的健保卡遭冒用，於{hospital}申請高額醫療給付，本署已報案，即將轉接{city}警察局刑事組協助處理，請勿掛斷。",
  ],
  credit_repair: [
    "{name}您好，经系统检测，您大学期间在{loanapp}注册过校园贷账户，根据银保监会最新规定需在今天内注销，否则将影响您的个人征信，请联系{phone}办理。",
    "征信修复，专业洗白逾期记录，黑名单、呆账、查询过多均可处理，不成功不收费，先付{small}元建档费，咨询QQ{qq}",
    "通话：您好我是{app}客服，您学生时期开通的校园借贷业务未关闭，现在国家要求全部清退，不注销会被列为失信人。注销需要先把各平台能借出的额度借出来，转到监管账户清零，系统核对后原路退回。",
    "Bad credit? We can legally remove late payments, CCJs and defaults from your credit file in 14 days. 100% success rate. Upfront admin fee GBP {gbp}. Reply YES for a callback.",
    "Your credit score dropped 87 points. Our credit repair specialists can restore it to 750+ in 30 days. Get started for just 99 USD: {link}",
    "【征信中心】您的个人信用报告存在不良记录，将影响房贷车贷及子女上学，现开放限时异议修复通道：{link}",
    "您好，我們是信用修復專員，可協助您消除聯徵紀錄的遲繳註記，讓您重新申辦信用卡與房貸，需預付處理費，LINE：{wx}",
    "{name}，你的{app}账户因身份信息异常被认定为“学生贷款账户”，需配合关闭，否则每年将产生{amount}元利息并上报征信。",
  ],
  acquaintance: [
    "{name}，我是{surname}总，这是我新号码，你加我一下微信{wx}，有事找你。",
    "微信｜“{surname}总”：在吗？我在开会不方便接电话，有个合作方的款要急着打，你先帮我转{amount}元到这个账户，回头公司给你报销。账户我发你了，别跟其他人说。",
    "爸，我手机掉水里了，这是我新号。我同学住院急需用钱，你先转{amount2}元到他这张卡上，别告诉妈，回头我跟你解释。",
    "Hi Mum, it's me, I've dropped my phone down the toilet and this is my new number. Can you message me on WhatsApp? Need a favour, got a bill to pay urgently and my banking app is locked.",
    "Hey it's {fname}, new number! Save this one. Quick one, can you help me pay a supplier invoice today? I'll pay you back Monday, I don't have access to my banking app right now.",
    "各位家长好，我是{school}班主任{surname}老师，下学期资料费每人{small}元，请扫群里的二维码缴费，缴费后截图私发给我。",
    "猜猜我是誰？我換號碼了，你存一下。……最近手頭有點緊，可以先借我{amount}嗎？下禮拜就還你，拜託別跟別人講。",
    "老同学，还记得我吗？我是{name}，高中坐你后面那个。现在在{city}做工程，这边有笔工程款卡住了，你能不能先帮我垫{amount}元，下周款一结马上还你，还请你吃饭。",
  ],
  game_trade: [
    "【{gameplat}】您出售的{game}账号已被买家拍下，因您的收款账户信息填写错误，资金已冻结，请缴纳{small}元解冻金，联系客服QQ{qq}。",
    "聊天记录｜买家：兄弟，号我要了，{amount}元。你上架到{gameplat}我拍。……买家：我付了，平台说你要交{amount2}元保证金才能提现，你看截图，平台都这样的。",
    "{game}限时福利，1元秒杀绝版皮肤，官方不上架，加QQ{qq}私下交易，先付款后发货。",
    "Selling my {game} account with rare skins for 80 USD, way below market. PayPal friends and family only, no middleman, I'll send login after payment.",
    "Free Robux! Enter your username and password at {link} to claim 10,000 Robux. Today only!",
    "低价代充{game}点券，五折到账，不走平台，先付款后充值，微信{wx}",
    "【{gameplat}】您好，您在本平台出售的寶物已成交，但買家款項因您帳戶未完成認證遭凍結，請依客服指示至ATM操作認證解除。",
    "你好，我是{game}官方客服，你的账号在交易中涉嫌违规，请把刚收到的验证码发给我核实身份，否则账号将被永久封禁。",
  ],
  romance: [
    "亲爱的，我在{company}做数据分析，内部发现一个平台漏洞，稳赚不赔，我已经赚了好几十万了。你先投一点试试，我一步步教你操作。",
    "在{romanceapp}上认识三周的“{name}”：宝贝，我在海外的一笔遗产到账要交{amount}元手续费，我的卡被冻结了，你先帮我垫付，回国我们就结婚。",
    "Hi dear, I am a US Army doctor on a peacekeeping mission in Syria. I saw your profile on {romanceapp} and felt a connection. I want to send you my savings box for safekeeping but I need you to pay the customs clearance fee first.",
    "Hey {fname}, is this still your number? It's been ages! Oh sorry, I think I got the wrong person. You seem nice though, where are you based?",
    "哥哥，你是做什么工作的呀？我在{city}开了家花店，平时闲下来喜欢研究黄金期货，我舅舅是做这方面的，跟着他买从来没亏过。",
    "親愛的，我是駐敘利亞的美軍軍醫，下個月退役就來台灣找你。我寄了一箱現金和首飾給你，海關說要繳{amount}元關稅才能放行，你先幫我處理好嗎？",
    "相亲平台上认识的{surname}先生，聊了一个月就叫我“老婆”，说他在{company}有内幕，让我注册{link}。我充了{amount}元后看到赚了不少，但提现时说要先交保证金。",
    "Hi, I am {fname}, a marine engineer working on an offshore rig. I am sending you a gift package with gold and dollars. A courier agent will contact you about customs charges, please pay them quickly my love.",
  ],
  military_purchase: [
    "老板你好，我是{city}武警支队后勤的{surname}干事，部队要采购一批{goods}，数量{n}件，能做的话加我微信{wx}详谈。",
    "聊天｜“部队采购员”：老板，这批{goods}还需要一种特需防护物资，你那没有，我们部队有指定供应商，联系方式发你，你先帮忙垫付进货，结账时一起打给你，部队走公账需要时间。",
    "你好，我们是{city}消防救援支队，今晚有{n}人聚餐，在你店订{n}份套餐，另外需要几箱特供酒，我们有合作的酒水供应商，麻烦你先帮忙联系付款，最后一起结算。",
    "老闆您好，我是國軍營區的採購士官，營區要訂{n}個便當，另外需要特殊規格的軍用帳篷，請您先代墊向我們指定廠商叫貨，便當錢和墊款會一起匯給您。",
    "Hi, this is Sgt {fname} from the army base nearby. We need 200 meals for our unit this Friday. We also need some specialist equipment from our approved vendor, could you pay them upfront and we'll reimburse the full amount with the meal order? Military payments take a few days.",
    "【订单】{city}某部队张参谋：老板，军官证照片发你了，我们要{n}斤牛肉，明天上午送到营区门口，部队不让外人进，我们下来取。另外还需要一批军需特供品，要从我们的指定厂家进，你先付一下货款。",
    "我是部队的，要订{n}桌酒席，麻烦留个微信。部队规定酒水必须通过军线供应商采购，你先垫付一下，结账时一起给你。",
    "您好，我是{city}边防派出所的，所里要采购{n}台{goods}，走预付款流程，这是我们合作经销商的报价，你先把定金{amount}元打给他，货款部队统一结算。",
  ],
  prize: [
    "【{tvshow}】恭喜您被节目组后台抽选为场外幸运观众，将获得{amount}元现金及笔记本电脑一台，请登录{link}领取，验证码{code}。",
    "Congratulations! You have won a 1,000 USD Walmart gift card. Claim now before it expires: {link}",
    "您的手机号码在{app}周年庆抽奖活动中获得二等奖，奖品为{car}一辆，领奖需先缴纳20%的个人所得税，详询{phone}。",
    "You've been selected as a WINNER of our monthly prize draw! Your prize of GBP {gbp} is waiting, just pay 2.99 delivery to release it: {link}",
    "电话：您好，这里是{shop}年终回馈中心，恭喜您的订单被抽中一等奖，奖金{amount}元，需要您先交{small}元公证费我们才能发放。",
    "恭喜您！您的手機號碼被抽中為本年度幸運得主，獎金新台幣50萬元，請於三日內來電領取，逾期視同放棄。",
    "Dear user, your mobile number has won 25,00,000 INR in the KBC lottery. Contact {fname} on WhatsApp to claim. Processing charge applies.",
    "恭喜！閣下喺我哋嘅週年抽獎中贏得iPhone一部，請於24小時內登入{link}填寫地址及支付運費。",
  ],
  premium_rate: [
    "WIN a brand new iPhone! Txt WIN to 82266 now. 3 GBP per msg, 18+ only. Subscription service, txt STOP to end.",
    "URGENT! You have a missed voicemail about your prize. Call 09061701461 now. Calls cost 1.50 GBP per min from landlines.",
    "【{operator}】您已成功订阅“每日星座运势”服务，信息费{small}元／条，按月计费，回复TD退订。",
    "回复1即可领取免费流量包{n}G，回复0退订。（信息费2元／条，由{operator}代收）",
    "Hey sexy, bored tonight? Txt CHAT to 89012 to talk live with local singles. 1.50 per msg received, 18+.",
    "Your 500 USD gift card is waiting! Call 1-900-555-0192 to claim. 4.99 USD per min, must be 18+.",
    "恭喜您获得{app}会员免费体验资格，回复Y立即开通，开通后每日扣除{small}元信息费。",
    "寂寞了吗？拨打16899168与美女一对一畅聊，每分钟仅{small}元，24小时在线。",
  ],
  parcel_fee: [
    "【{courier}】您的快递因地址不详无法派送，请于{hours}小时内点击{link}更新地址并支付{small}元二次派送费，逾期退回。",
    "Royal Mail: Your parcel is awaiting delivery. Please confirm the settlement of 1.99 GBP on: {link}",
    "USPS: Your package {d12} could not be delivered due to an incomplete address. Update within 12 hours: {link}",
    "{courieren}: Your shipment is held at customs. Import duty of 3.50 SGD is outstanding. Pay now to avoid return: {link}",
    "Australia Post: We've been unable to deliver your parcel. Reschedule delivery for a 2.95 AUD fee: {link}",
    "【中華郵政】您的包裹因郵資不足暫存於{city}郵局，請於今日內至{link}補繳郵資，逾期將退回寄件人。",
    "【香港郵政】你的郵件因地址資料不完整無法派送，請於24小時內更新：{link}",
    "您好，您有一个海外包裹被{city}海关扣留，需补缴关税{amount}元，否则将做销毁处理，详情致电{phone}。",
  ],
  account_lock: [
    "【{bank}】您的账户存在异常交易，已被临时冻结，请于今日内登录{link}完成身份验证解除限制。",
    "【ETC】您的ETC卡已失效，请立即登录{link}进行认证，以免影响高速通行。",
    "Netflix: Your account is on hold because we couldn't process your last payment. Update your details: {link}",
    "{banken} ALERT: A new device has been registered to your online banking. If this was NOT you, visit {link} to secure your account immediately.",
    "Apple ID: Your account has been locked for security reasons. Verify within 24 hours to avoid permanent suspension: {link}",
    "【{app}】检测到您的账户在异地登录，已被限制使用，请尽快点击{link}解封，逾期将永久封号。",
    "【{bank}】您的網路銀行帳戶因資料未更新已被暫停使用，請立即點擊{link}重新驗證。",
    "来电：您好，这里是{bank}风控中心，您的银行卡检测到被盗刷风险，已为您临时冻结，现在需要您把手机收到的验证码报给我，我帮您解冻。",
  ],
  tax_refund: [
    "HMRC: You are eligible for a tax refund of GBP {gbp}. Claim your refund online: {link}",
    "IRS: Your stimulus payment is pending. Confirm your information to receive {usd} USD: {link}",
    "【{gov}】您有一笔个人所得税退税{amount}元尚未领取，请于{date}前登录{link}办理。",
    "来电：您好，这里是人社局，您的{year}年度社保补贴{amount}元已到账，需要您登录我们发的网址填写银行卡信息领取，逾期作废。",
    "GovSG: You are eligible for a 600 SGD GST Voucher cash payout. Claim via {link} by {dateen}.",
    "【財政部】您有一筆綜合所得稅退稅款尚未領取，請點擊{link}確認帳戶資料。",
    "【医保中心】根据最新政策，您可申领医保个人账户返还金{amount}元，请添加工作人员微信{wx}办理。",
    "ETC补贴通知：您的车辆{plate}符合高速通行费补贴条件，可退{small}元，请点击{link}申领。",
  ],
};
