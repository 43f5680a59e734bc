/**
 * Arrival (session 18; scripts/score-set.ts): on 114319c 14 of 16 typologies ≥ 85 %, mean 89.8 % (premium_rate 54.2,
 * parcel_fee 75.0); with first messages (20eef2e) 91.9 % (62.5, 79.2); 94.3 % after concept fixes found on its misses
 * (入境事务处, a loyalty draw, 國軍…士官, a dating tease, a wrong number as romance's pretext). Then joined to the tune split.
 *
 * Blind tuning scam set 100 — 8 real-world-style templates for each of the 16 scam typologies.
 *
 * Written blind (session 18): the author did not open, list, search or run anything of the
 * project; every text was composed from general knowledge of how scam messages, chats and calls
 * looked in 2024–2026. No real message was copied; slots and [a|b] choices vary the fillers.
 *
 * Per typology: 2 FIRST messages only (greeting + one hint + a question, before any request),
 * 2 call transcripts (speaker labels such as left:/right:, A:/B:, 客服:/用户:, or none; ASR-style
 * fillers, missing punctuation, interruptions, the victim hesitating), 2 forwarded SMS (【签名】,
 * 退订/拒收 tails, short or odd links) and 2 chat logs (OCR of WeChat/QQ/LINE/WhatsApp/iMessage
 * screenshots: nicknames, timestamps, 〔图片〕/〔语音〕 placeholders, odd line breaks).
 * Mostly Simplified Chinese, 1–2 Traditional Chinese / Cantonese texts per typology (Taiwan and
 * Hong Kong usage), and English (UK, US, Indian, Singaporean, Malaysian, Filipino, Australian,
 * Nigerian styles) where the typology is common in English.
 *
 * Public sources whose DESCRIPTIONS of scam scripts were paraphrased (never their texts):
 * 公安部刑侦局 / 国家反诈中心 typology bulletins and 反诈 app warnings; 金融监管总局 and 人民银行
 * 风险提示 on 征信修复, 注销校园贷 and 非法催收; Taiwan 165 反詐騙 諮詢專線 case summaries;
 * Hong Kong ADCC / 守網者 alerts; UK Action Fraud, NCSC and Phone-paid Services Authority notes;
 * US FTC consumer alerts; Australian Scamwatch; Singapore ScamShield / ScamAlert; India I4C /
 * cybercrime.gov.in advisories; and the published descriptions of public SMS-spam and
 * telecom-fraud dialogue data sets (structure and speaker-label conventions only).
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_100_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "您好，请问是{name}本人吗？这边是{lender}贷后[管理|资产]中心的，关于您名下一笔账务需要跟您核实一下，您现在方便接听电话吗？",
    "{fname}你好，我係[嘉和|信德]律師事務所嘅助理，有份關於你本人嘅文件要同你確認一下，請問你今日幾點方便傾？",
    "left: 喂你好是{name}吗\nright: 嗯是 哪位\nleft: 我这边是{lender}委托的第三方调解中心 你在平台那笔借款已经逾期{days}天了你知道吧\nright: 我不是说了下个月还吗\nleft: 下个月 你知道现在什么情况吗 你这个案件已经从我们法务部转出来了 今天下午五点之前你不处理 我们就按流程走 联系你户籍地 还有你通讯录里的人我们一个个通知\nright: 不是 你别打给我家里人啊\nleft: 那你现在能处理多少 先还个{small}的最低 我给你一个对公账户你记一下\nright: 我不是在app上还吗\nleft: app上已经锁定了走不了 只能走我们这个指定的",
    "呃你好 请问是{surname}先生吗 就是那个我们这边是{bank}信用卡中心的 嗯 您的卡片呢目前已经是 欠款状态了 就是已经移交到我们那个 风控部门 呃 如果说今天您这边还是没有办法 处理的话 我们可能会就是 上报到那个征信系统 并且呢会安排{city}当地的工作人员 上门 就是去你单位核实 嗯 您听清楚了吗 对对 您不用去app 那个已经冻结了 我这边给你发一个 二维码 你扫一下 先把那个{amount}的 停催费交了 就可以 暂停催收",
    "【{lender}】{name}您好，您的借款已严重逾期，我司已于{date}将案件移交法务部，拟向您户籍所在地法院提起诉讼。请于今日{time}前联系专员{phone}协商处理，逾期不处理后果自负。拒收请回复R",
    "{name}：你名下欠款{amount2}元已到账龄上限，现通知你于{hours}小时内登录 {link} 上传身份证正反面及紧急联系人信息办理债务[重组|延期]，否则将启动通讯录告知程序。【金融纠纷调解中心】",
    "催收专员-小王\n下午 {time}\n你好，{lenderapp}那笔钱你打算什么时候处理？\n〔图片〕\n这是你的立案预登记截图 看清楚\n我\n我现在真的没钱 能不能分期\n催收专员-小王\n可以申请减免 但要先交{small}的减免审核费 打到我发你的个人账户 不走平台\n我\n为什么是个人账户\n催收专员-小王\n平台对公在年审 你今天不交 明天你同事都会收到你的欠款信息",
    "LINE 對話\n{time} 陳專員：{fname}先生您好，您在我們公司的分期已經逾期3期，這邊已經準備寄發存證信函到您公司\n{time} 我：我上週有打電話說會繳\n{time} 陳專員：系統沒有紀錄喔。今天可以先匯 {amount} 到以下帳戶止付，戶名是個人名義沒關係，是我們外包法務\n{time} 陳專員：不處理的話下週會派員到府拜訪，並通知您的緊急聯絡人",
  ],
  task_rebate: [
    "亲在吗？[看你朋友圈|看你小红书]经常[点外卖|逛店]😊我们这边招线上兼职，动动手指给商家点点赞，一单3-5元当天结，请问你平时有空闲时间吗？",
    "Hi 你好～我係做網上推廣嘅 Amy，見你之前喺網上留過求職資料，我哋有份喺屋企都做到嘅兼職，時間好自由，請問你而家仲有冇興趣？",
    "A: 喂你好 我是那个抖音商家推广部的 之前你加过我们群的嘛\nB: 嗯 那个点赞的是吧\nA: 对对 你昨天做了三单拿了{small}佣金 到账了吧\nB: 到了\nA: 那今天呢我们有个福利单 就是帮商家冲一下销量 你先垫付 垫付完连本带利马上返 返{pct}\nB: 要垫多少啊\nA: 第一单才{small} 很少的 做完系统会派联单 联单就是要连着做完三单才能提现\nB: 那要是做到一半没钱了呢\nA: 那个 就卡单了 所以你要提前准备好 你放心我们做好几年了 你看群里那么多人都在晒收益",
    "嗯 就是你好 我们这边是那个 电影票房的 预售 任务 呃 就是你在我们的app上 帮那个新上映的片子 去 抢购 票房份额 对 就是买进 然后 一般是 二十分钟以后 系统会按那个 票房涨的 给你结算 就是 本金加上 佣金 嗯 对 新人第一单是体验的 不用钱 第二单开始呢 起步{small} 那个 你如果今天做到第五单 会有一个 导师任务 收益是最高的 就是需要你 充值{amount}左右 呃 你别担心 我们是正规的 有营业执照的 我发给你看",
    "【兼职】宝妈学生党在家可做，手机刷刷好评 日结200+，不收任何费用，加V：{wx} 备注兼职。拒收请回复R",
    "您的简历已通过初审，{app}线上商品推广员岗位，每日1-2小时，薪资日结{small}-{amount}元，点击 {link} 下载工作APP，邀请码{d6}",
    "派单员Lily\n{time}\n第4单为联单任务，需连续完成3笔才能结算哦，本单金额{amount}，佣金{pct}\n我\n我前面还有{amount2}没提出来\n派单员Lily\n亲 系统显示您操作超时 账户信誉分低于80 需要再补{amount}修复才能提现呢\n我\n你们这不是骗人吗\n派单员Lily\n亲 我们是正规电商平台 请不要情绪化 按流程操作就行 〔表情〕",
    "10:14 - HR Priya: Hello dear, congratulations you have completed 3 tasks and earned Rs 450 🎉\n10:15 - Me: ok thanks\n10:16 - HR Priya: Now join our Telegram group {tg} for prepaid task. Invest Rs 1000 get Rs 1300 back in 15 min. [Guaranteed|100% safe]\n10:20 - Me: why need to invest\n10:21 - HR Priya: This is merchant task dear, to boost hotel ratings. Many members doing daily, no risk",
  ],
  investment: [
    "{fname}您好，我是{company}的投资助理小林，[周|陈]老师今天在群里分享了一只明天可能涨停的票，您之前有关注过我们的直播吗？",
    "嗨大哥，好耐冇見你喺群入面發言喎😄 今日老師講咗隻黃金短線，你有冇睇到？",
    "客服: 喂 您好 是{surname}女士吗 我这边是{company}VIP服务部的\n用户: 是 怎么了\n客服: 是这样 您在我们平台账户的盈利已经有{amount2}了 恭喜您 然后您申请的提现呢 被系统风控了\n用户: 为什么啊 我昨天还提了{small}出来\n客服: 因为您这次金额比较大 按规定要先缴纳{pct}的个人所得税 还有那个 资金安全验证\n用户: 税不能直接从盈利里扣吗\n客服: 不行的女士 这是监管要求 必须从外部银行卡转入 缴纳以后两小时内 本金加盈利一起到账\n用户: 那我得跟我老公商量一下\n客服: 您最好今天处理 超过24小时账户会被冻结 到时候就不是我能解决的了",
    "right: 嗯 你好 对 我就是想问一下那个 就是你们那个U的那个合约\nleft: 对 哥 你看啊 我们这个是跟那个 新加坡那边的 量化团队合作的 AI量化 就是每天自动跑 日化收益大概在{pct}左右\nright: 这么高 靠不靠谱啊\nleft: 哥你放心 你先小额试一下 一千 一千U 呃不是 一千块 先换成U 然后充进我们那个钱包 地址我发你 你第二天就能看到收益 随时能提\nright: 就是我要先去那个 欧易上买是吧\nleft: 对对对 不用欧易也行 我给你推一个承兑商 直接微信转他 他给你打U 更快",
    "【{company}】尊敬的客户，恭喜您获得本周牛股内参名额（仅限30人），涨停股提前锁定，回复1或添加助理V：{wx} 领取。退订回T",
    "老股民福利：明日关注代码60{d4}，机构已建仓 目标翻倍。免费进群 {link} 名额有限满员即止 拒收请回复R",
    "价值投资交流群（488）\n助理-王悦\n恭喜昨天跟上老师操作的家人们 今天开盘20cm🎉🎉🎉\n〔图片〕\n张姐\n感谢老师 已经赚了{amount}\n李哥\n老师太准了 我打算加仓\n助理-王悦\n@所有人 今晚8点老师会在机构专用通道开放大宗交易席位 折价{pct}买入 名额有限 需要的家人私信我开通{company}机构账户",
    "{time} 林老師助理\n恭喜您申購的新股已中籤！共{d3}張 需於今日15:00前補繳認購款 {amount2} 元\n{time} 我\n我沒有那麼多錢耶 可以放棄嗎\n{time} 林老師助理\n中籤後不繳款會違約喔 帳戶會被凍結 平台也會追究責任 建議您先想辦法周轉 這支上市後至少賺三倍",
  ],
  fake_loan: [
    "您好，{name}，看到您之前在网上有过借款申请记录，我们这边是{lender}合作渠道，目前有一笔{amount2}的额度预审通过了，请问您现在还有资金需求吗？",
    "老板你好～做生意资金周转[紧张|困难]吗？我们这边不看征信不查大数据，请问你大概需要多少？",
    "A: 喂 你好 你在我们{loanapp}申请的{amount2}已经审核通过了\nB: 嗯 那怎么还没到账\nA: 我看一下啊 哦 是这样的 你填写的银行卡号有一位数字填错了 系统判定为虚假信息 资金被冻结了\nB: 不可能啊 我检查过的\nA: 你看 系统这边显示的就是错的 现在要解冻的话 需要你往账户里存入{pct}的那个 解冻金 证明你的还款能力\nB: 我要是有钱还借什么款\nA: 这个是可以退的 解冻金到账以后会连同贷款一起打给你 你不解冻的话 这边就判定你恶意骗贷 要上报征信的",
    "呃 您好 就是 您那个额度呢 已经批下来了 但是我们看您的那个 流水呢 不太够 就是 银行那边会 审核不通过 嗯 所以需要您这边 先去 刷一下流水 对 就是 您转{amount}到我们这个 呃 对接的账户 然后 我们十分钟之内原路给您打回来 这样您卡上就有那个进出的记录了 嗯 对 不会扣您钱的 就是走个流程 您现在是在{bank}的卡对吧 好 那您打开手机银行 嗯 点转账",
    "【{loanapp}】尊敬的用户，您的借款{amount2}元已审批成功，因账户信息异常暂无法放款，请于{hours}小时内联系放款专员QQ：{qq} 处理，逾期额度作废。",
    "【即批私人貸款】免TU 免入息證明 信貸差都可以批 最快30分鐘過數💰 WhatsApp 6{d3}{d4} 查詢",
    "贷款顾问-小陈\n您的资料已经提交到风控了 通过率很高\n我\n那什么时候放款\n贷款顾问-小陈\n因为您征信有点花 需要开个会员 交{small}会员费 走VIP通道秒批\n我\n交了能保证下款吗\n贷款顾问-小陈\n保证 不下款全额退 你看这是其他客户的到账截图\n〔图片〕\n〔图片〕",
    "Loan Officer Ravi: Sir your loan of Rs 2 lakh is sanctioned ✅\nMe: ok when it will credit\nLoan Officer Ravi: Sir first you need to pay processing fee Rs 3,499 + GST. After that within 30 min disbursal\nMe: can you deduct from loan amount\nLoan Officer Ravi: Sir not possible as per RBI rule, fee must be paid separately. Pay on this UPI and send screenshot 🙏",
  ],
  customer_service: [
    "您好，请问是{name}吗？我这边是{shop}的售后客服，您在{date}购买的一件商品因为质检不合格被[召回|下架]了，请问您现在方便沟通一下理赔的事情吗？",
    "亲，我是{courier}理赔专员，您的快递单号{d12}在运输途中出现了[丢件|破损]情况，非常抱歉，请问您这边有收到我们的短信通知吗？",
    "客服: 您好 我是{app}的客服 工号{d4} 您之前开通了我们的学生会员 现在您已经毕业了 系统检测到您没有关闭\n用户: 我没开过啊\n客服: 可能是您之前不小心点到的 这个如果不关闭的话 每个月会从您的银行卡自动扣{small}元\n用户: 那怎么关\n客服: 您先下载一个会议软件 我这边共享一下屏幕 一步一步教您操作\n用户: 共享屏幕安全吗\n客服: 安全的 这是我们官方的 您输入会议号{d6}{d3} 好的 现在您打开{bank}的app 看一下余额够不够{amount} 不够的话 可能要先在借呗上借出来 做一个流水验证 验证完自动退回",
    "嗯 你好 我这边是那个{app}客服 就是 你的账户呢 之前开通了一个 百万保障 的服务 嗯 对 就是那个 每个月要扣八百块钱 呃 今天是最后一天免费期 你如果不关闭 从明天开始就会自动扣费 嗯 然后这个呢 要通过我们人工才能关 你 你先别挂电话 我给你转接{bank}的专员 喂 您好 我是{bank}的 刚刚那个客服跟我说了您的情况 您现在卡里面 大概有多少钱",
    "【{shop}】您好，您购买的商品经检测存在甲醛超标问题，已被监管部门下架，平台将为您办理三倍赔付，请添加理赔专员微信{wx}办理，逾期视为放弃。",
    "【蝦皮購物】親愛的會員您好，由於系統升級錯誤，您的訂單被重複設定為批發商，將每月自動扣款，請於今日內聯繫客服 {link} 解除，以免造成損失。",
    "{courier}理赔中心\n您好 核实到您的包裹已丢失 我们将按照货值的3倍赔偿您{small}元\n我\n好的 怎么赔\n{courier}理赔中心\n您打开支付宝 搜索 备用金 领取一下 然后在我发您的这个页面填写 {link}\n我\n为什么要领备用金\n{courier}理赔中心\n这个是系统走账 用于验证您的账户是否正常 验证完自动退还 您照做就可以",
    "抖音电商客服\n{time}\n亲 您的账户被误开通了直播带货权限 每月需要缴纳保证金\n我\n我没开啊\n抖音电商客服\n可能是账号异常 请尽快配合关闭 不然会影响您的征信\n我\n怎么关\n抖音电商客服\n您先下载一下 这个软件 〔文件〕 我们的工作人员会远程指导您 记得把手机银行也打开",
  ],
  police_impersonation: [
    "喂，你好，请问是{name}吗？我们是{city}市公安局刑侦支队的，有一个案件涉及你的身份信息，你现在身边有其他人吗？",
    "{fname}先生你好，呢度係入境事務處，我哋收到一份以你身份登記嘅文件有啲問題，你而家方便講電話嗎？",
    "A: 你好 我这边是{operator}客服 您名下有一张号码在{city}开户 今天因为发送大量违规短信 已经被公安机关立案\nB: 不是我办的啊\nA: 那可能是您身份证信息被盗用了 我帮您转接{city}公安局报案\nB: 好\nC: 喂 这里是{city}公安局反诈中心 我是{surname}警官 警号{d6} 你的案件编号是{case}\nB: 警官我真的不知道\nC: 经查 你涉嫌一起特大洗钱案 现在需要对你进行资金清查 此案属于秘密侦查 不能告诉任何人包括家属\nB: 那我要怎么做\nC: 你下载一个警务app 把你的资金转入国家安全账户 核查完毕会原路返还",
    "您好 这里是{city}医保局 呃 我们这边 查到 您的医保卡 在{hospital}有一笔 违规的 套现记录 嗯 金额呢 是{amount}元 对 你说你没去过 嗯 那就是 你的身份信息 可能被人冒用了 那这样 我帮你把电话 转到当地的公安部门 你直接跟警官说明情况 喂 你好 我是{city}公安局的 嗯 你的情况 刚刚医保局 已经跟我们通报了 你现在要配合我们做一个笔录 找一个安静的地方 开视频 不要挂断",
    "{name}：你涉嫌一起跨境洗钱案件，案件编号{case}，{city}市人民检察院已对你发出协查通知，请于今日{time}前登录 {link} 查看[通缉令|冻结令]并配合调查，逾期将冻结你名下所有账户。",
    "【社保中心】您好，您的社保卡因在外地异常使用已被暂停，涉嫌违规套保，请致电{phone}联系工作人员核实，否则将移交公安机关处理。",
    "警官-{surname}\n{time}\n这是你的逮捕令 你看一下\n〔图片〕\n我\n我真的没有做过这些事\n警官-{surname}\n我们知道你可能是被冒用 但你要配合清查才能证明清白 现在打开手机银行 把余额截图发给我\n我\n能不能我去派出所当面说\n警官-{surname}\n这是保密案件 当地派出所不清楚 你去了也没用 泄露案情你要负法律责任",
    "+60 1{d3}{d4}: Good afternoon Encik, this is Inspector Ahmad from Bukit Aman Commercial Crime Dept. Your name appear in money laundering case {case}.\nMe: what? I never do anything\n+60 1{d3}{d4}: Your IC was used to open a bank account. To clear your name you must transfer all savings to our audit account for verification. Dont tell anyone, this is confidential or you will be arrested.",
  ],
  credit_repair: [
    "您好，请问是{name}同学吗？这边是{lender}校园账户清理部门的，系统显示您在校期间开通过一个学生账户，您还记得这个事情吗？",
    "你好，我们是信用服务中心，看到你{year}年有一笔逾期记录可能影响贷款买房，请问你最近有办房贷或者车贷的计划吗？",
    "left: 你好 我是{lender}的客服 根据监管要求 我们要清理所有校园贷账户 你读大学的时候在我们这里注册过 账户还没注销\nright: 我没借过钱啊\nleft: 对 你没借 但你注册了 系统默认你是学生身份 现在你已经毕业了 如果不注销会影响你的征信 以后买房买车贷款都办不了\nright: 那怎么注销\nleft: 你需要先把其他平台的额度 比如借呗 微粒贷 全部借出来 转到我们的监管账户 证明这些额度已经清零 然后统一注销 钱会退回来的\nright: 为什么要借出来啊\nleft: 不借出来系统识别不了 你放心 这是国家的要求",
    "嗯 对 就是 你那个征信上面 不是有两条逾期嘛 呃 我们这边是跟那个 征信中心 有内部合作的 就是可以帮你 把这个记录 给删掉 对 百分百能删 嗯 费用呢 是按条收的 一条{amount} 然后先交一半 做完以后 你自己去打征信报告 看没有了 再交剩下一半 嗯 对 需要你提供 身份证 还有银行卡 还有手机验证码 我们要登录你的 征信账户 操作",
    "【征信中心】您的个人征信报告存在不良记录，将影响您的贷款及出行，请于{hours}小时内登录 {link} 申请异议处理，逾期系统将自动上报。",
    "您好，聯徵中心通知：您名下信用紀錄異常，可能影響房貸及信用卡申辦，本中心提供代辦信用修復，專人協助 LINE ID：{wx}",
    "京东金融客服\n您好，您的学生账户需要注销，请配合处理\n我\n我已经毕业3年了\n京东金融客服\n正是因为这样，您的学生资质已过期，系统会判定为违规使用学生贷，每日产生{pct}的违约金，并上传征信\n我\n那我该怎么做\n京东金融客服\n我把操作流程发您 先下载这个app 在里面申请额度 把额度转到指定账户做清零\n〔文件〕",
    "信用修复-周经理: 你好 你的征信我看了 3个机构查询 2条逾期 能修\n我: 真的能修？银行说只能等5年\n信用修复-周经理: 银行那是官方说法 我们有渠道 走特殊政策申请逾期豁免\n我: 多少钱\n信用修复-周经理: 一条{amount} 先付定金{small} 合同我发你\n〔图片〕\n信用修复-周经理: 今天签约打8折",
  ],
  acquaintance: [
    "在吗？我是你{surname}叔，换了个新号码，你把这个存一下，最近忙不忙？",
    "Hi Mum, it's me, I dropped my phone in the [loo|bath] 🙈 this is my new number, can you save it? Are you free to chat?",
    "A: 喂 奶奶 是我啊\nB: 谁啊 是小军吗\nA: 对 是我小军 我有点感冒声音不太一样\nB: 哎呀 怎么了\nA: 奶奶我跟你说 你别跟我爸妈讲 我在外面跟人打架了 把人家打伤了 现在在派出所\nB: 啊 那怎么办\nA: 对方要赔医药费{amount}块 不然要拘留 会留案底的 我待会让警察叔叔跟你说\nC: 喂 老人家 我是派出所的 你孙子的事交了钱就可以调解 我们会派个同事去你家取现金\nB: 那 那我去取钱",
    "嗯 小{surname} 是我 对 我 我在开会 不方便长时间说 就是 有个事你帮我办一下 那个{company}那边 有一笔合同保证金 今天必须打过去 嗯 对 对方账户 我一会儿让财务加你 嗯 你先从公司账户走{amount2} 我回头签字补流程 别在群里说 这事还没定 嗯 好 就这样 你办完把回单拍给我 我这边手机马上没电了 你打我这个号我也接不了 有事微信说 我先挂了",
    "爸 我手机坏了 这是同学的号 我这边急需交{amount}的实习资料费 今天截止 你直接转给我辅导员吧 卡号我发你 别打电话 我在上课",
    "阿媽，我係阿仔呀，個電話跌咗落水，呢個係新號碼。你記得save低，遲啲有啲嘢要你幫手。",
    "王总\n小李在吗\n我\n王总您好 在的\n王总\n我现在在开会 不方便接电话 你那边先帮我给一个客户转{amount2}的定金 我回头让财务补给你\n我\n好的 转到哪里\n王总\n〔图片〕\n就这个账户 转完截图发我 另外这个事先别声张",
    "Mum: who is this?\nUnknown: it's me mum, phone smashed lol. using a new one til insurance sorts it 😩\nMum: oh no love are you ok\nUnknown: yeah fine. problem is my banking app is locked on the new phone for 24hrs and I've got a bill due today, {gbp}. could you pay it and I'll pay you back tomorrow x\nMum: who is it to?\nUnknown: I'll send the details now, it's my landlord's mate's account x",
  ],
  game_trade: [
    "兄弟你那个{game}的号还卖吗？我看你在贴吧挂了，我这边诚心要，你打算出多少？",
    "哈囉～你在巴哈上賣的那組{game}帳號還在嗎？我朋友想收，可以先問一下等級跟造型嗎？",
    "客服: 您好 这里是{gameplat}交易平台客服 您出售的账号 买家已经付款 但是您的收款账户填写错误 资金被冻结了\n用户: 哪里错了\n客服: 您的银行卡姓名和实名认证不一致 需要您缴纳{small}元的解冻保证金\n用户: 我还没收到钱就要交钱\n客服: 这是平台规定 保证金缴纳后连同货款一起退还 您看买家那边也在催\n用户: 我先问问买家\n客服: 买家那边我们已经沟通了 他也着急 您要在三十分钟内处理 否则订单作废 账户会被列入黑名单",
    "呃 小朋友你好 我们这边是{game}官方的客服 嗯 对 你刚刚是不是在那个 抽奖活动里面 中了一套皮肤 嗯 对 然后因为你是未成年 所以要领的话 需要家长那个 授权 你 你把爸爸妈妈的手机拿过来 打开微信 嗯 点那个扫一扫 扫我发你的码 对 然后输入密码 就是激活一下 你不要告诉他们哦 不然就领不了了 嗯 好 输完了吗 对 那个数字再输一次",
    "【{gameplat}】您在本平台出售的{game}账号已被买家拍下，因您的账户未开通担保服务，资金暂时冻结，请在30分钟内登录 {link} 完成认证解冻。",
    "{game}充值6折 点券/金币/皮肤代充 官方渠道绝不封号 量大从优 Q：{qq} 拒收请回复R",
    "买家\n号我看了 挺好 我直接在{gameplat}上拍了 你看下\n〔图片〕\n我\n平台说我要先交{small}开通会员才能提现\n买家\n对 这平台都这样 你交了就能提 我之前卖号也交过\n我\n那我交了你要确认收货啊\n买家\n放心 我这边钱都付了 你快点 我还急着上号呢",
    "卖家：皮肤都在 {game}全英雄 {amount}出\n我：能便宜点吗\n卖家：最低了 你别走闲鱼 走闲鱼要扣手续费 我们加QQ{qq}交易 我给你发个平台链接 那边有担保\n我：可以\n卖家：{link} 你在这上面付 付完我马上换绑给你",
  ],
  romance: [
    "Hi there😊 I think I got the wrong number, is this [Mr. Lee|Linda]'s dental clinic? Sorry to bother you~",
    "哥哥你好呀，我在{romanceapp}上看到你的资料，感觉你好成熟稳重☺️ 我是做跨境电商的，在{city}，你平时工作忙吗？",
    "女: 亲爱的 你今天忙完了吗\n男: 嗯刚下班\n女: 我跟你说 我舅舅那边今天又跟我透露了 晚上九点那个平台有一个漏洞 就是数据有规律 我刚刚又赚了三万\n男: 你又玩那个啊 我上次说了我不太懂\n女: 你不懂没关系 我教你 你就跟着我下 我下什么你下什么 先充{amount}试试\n男: 我怕是骗人的\n女: 你这样说我好伤心 我会害你吗 我们以后是要一起生活的 我只是想让我们将来更好一点\n男: 好吧 那网址发我",
    "呃 你好 这边是{city}海关的 呃 你有一个国际包裹 从英国寄过来的 嗯 收件人是{name}对吧 里面有一些珠宝 还有外币现金 嗯 对 数额比较大 按照规定要缴纳清关费 还有那个 反洗钱证明费 一共是{amount2} 你如果今天不交的话 包裹会被退回 而且寄件人会被调查 嗯 对 寄件人是一位叫David的先生 你认识吧",
    "亲爱的，我在维和部队的医疗营，这里信号很差，我给你寄了一个包裹，里面有我全部的积蓄，快递公司会联系你，记得帮我收一下，等我回来我们就结婚❤️",
    "寶貝，今天平台老師說晚上8點有一個大單，我已經投了80萬，你不是說想跟我一起努力嗎？網址{link} 註冊記得填我的邀請碼{d6}，我們一起賺錢買房子❤️",
    "Jason\n{time}\n早安宝贝 昨晚睡得好吗😘\n我\n还行 你呢\nJason\n我一直在想你 我今天帮你看了一下 你那个账户已经赚了{amount2}了\n我\n那我想提出来\nJason\n现在提要交{pct}的个人所得税 我先帮你垫一部分 你那边补{amount}就够了 我们是一家人 不要分那么清楚\n我\n我真的没钱了\nJason\n你是不是不信任我\n〔语音〕60″",
    "10:02 - Michael: Babe I'm stuck at the airport in Istanbul, customs holding my luggage 😢\n10:03 - Me: oh no\n10:05 - Michael: they want {usd} to clear it, my cards not working here. I'll pay you back the moment I land, I promise my love\n10:06 - Me: I can't afford that\n10:08 - Michael: please honey, use a Bitcoin ATM or Apple gift cards, just send me the codes. you're the only one I trust",
  ],
  military_purchase: [
    "老板你好，我们是{city}武警支队后勤部的，要采购一批{goods}，请问你们店里现货有多少？能开发票吗？",
    "您好，请问是{surname}老板吗？我是{school}总务处的{surname}老师，学校运动会需要定一批物资，朋友推荐的你们家，您这边能接单吗？",
    "A: 喂 老板 我昨天跟你说的那批{goods} 领导已经批了 要两百件\nB: 好的好的 我这就备货\nA: 还有个事 我们部队还要一批军用帐篷 你那边有没有\nB: 我们不做帐篷啊\nA: 没关系 我们有指定的供应商 你帮我们跟他拿一下 我们统一跟你结账 报账只能走一家\nB: 那我得先付钱给他啊\nA: 对 他那边只收现款 你先垫一下{amount2} 货到了我们一起给你结 还能给你多加点利润\nB: 我先问问我老婆\nA: 老板你抓紧 今天下午就要装车",
    "喂 你好 是那个{city}的餐厅吗 嗯 我是那个 派出所的 我们这个周五中午 有三十个人 要在你们那里吃个工作餐 对 嗯 标准是一桌两千 然后呢 我们领导喜欢喝那个 酒 就是一个特供的红酒 你们店里没有的话 我给你一个酒庄的电话 你帮我订六箱 钱你先垫一下 到时候一起结 对 发票开一张 嗯 好 我把酒庄老板微信推给你",
    "{surname}老板：我部（{city}某部队）需采购{goods}一批，数量较大，现金结算，请回电{phone}联系{surname}干事。",
    "您好，我是國軍某旅的採購士官，想跟貴店訂購{goods}約200份，請問可以開立統一發票嗎？麻煩回覆此號碼，謝謝。",
    "{surname}参谋\n〔图片〕\n这是我的军官证 你放心\n我\n好的 那{goods}什么时候来拉\n{surname}参谋\n明天上午 对了 上次说的那个防爆盾 你跟厂家联系了吗 他那边要先打定金{amount}\n我\n能不能你们直接打给他\n{surname}参谋\n部队财务走公对公 只能对接一个商户 你垫了我们一次性结清 这个单子做下来后面长期合作",
    "采购-刘干事：老板 我们单位要买{goods} 要定制印字\n我：可以的 多少数量\n采购-刘干事：500份 但是我们要求供货商先交{amount}的保证金到部队财务 中标后退还 这是规定\n我：以前没听说要保证金\n采购-刘干事：这是军队采购流程 你不交我们就找别家了 很多人抢这个单",
  ],
  prize: [
    "恭喜！您好，这里是{tvshow}节目组，您的手机号在场外观众抽奖中被选中，请问您是{name}本人吗？",
    "Hi {fname}! 🎉 This is Sarah from the {shopen} customer rewards team. Your number came up in our monthly loyalty draw — have you got a minute to confirm a couple of details?",
    "客服: 您好 恭喜您 您在我们{app}的周年庆抽奖活动中 抽中了二等奖 一台笔记本电脑 外加现金{amount}元\n用户: 真的假的 我没参加啊\n客服: 是系统根据您的消费记录自动抽取的 您是我们的老用户\n用户: 那怎么领\n客服: 奖品已经给您准备好了 因为价值比较高 按照国家规定 需要您先缴纳{pct}的个人偶然所得税 缴纳后我们立刻安排顺丰寄出\n用户: 税不能从现金里扣吗\n客服: 不行的 这是税务规定 奖金是由公证处保管的 必须先交税才能解冻",
    "Caller: Good afternoon, is this the homeowner?\nMe: yes who's this\nCaller: David from the National Sweepstakes Bureau, congratulations, you're our second place winner, 2.5 million dollars and a new car\nMe: I never entered anything\nCaller: Entry was automatic through your grocery purchases ma'am. To release the funds there's a one-time insurance fee, {usd}, payable in Google Play gift cards\nMe: gift cards? why\nCaller: Fastest way ma'am, the prize team is already in your area",
    "Congrats! Ur mobile no. was drawn in the {operatoren} anniversary draw & won a Samsung Galaxy S24! Claim b4 {dateen}: {link} small P&P fee applies. STOP to opt out",
    "【{tvshow}】恭喜您被我台抽选为场外幸运观众，将获得奖金{amount2}元及笔记本电脑一台，请登录 {link} 领取，验证码{code}。",
    "Mr Rana (KBC Manager): Sir congrats 🎉 you are winner of 25 lakh from KBC Jio lucky draw\nMe: how did I win\nMr Rana (KBC Manager): Sir your number selected by computer among all WhatsApp users. Lottery no. {d4}. For processing you need to pay GST charges Rs 12,500\nMe: deduct it from prize?\nMr Rana (KBC Manager): Sir as per RBI not possible. Pay fast otherwise prize go to next person",
    "大抽獎中心：恭喜你！你喺我哋超市週年抽獎抽中咗iPhone 16 Pro一部🎁\n我：我冇參加過喎\n大抽獎中心：系統用你嘅會員號碼自動抽嘅，只需要俾$38運費同手續費就可以寄到府上\n我：點俾\n大抽獎中心：click呢個連結填信用卡資料就得 {link}",
  ],
  premium_rate: [
    "Hiya 😍 someone u know has a secret crush on u... wanna find out who it is?",
    "Hi hun 💋 3 [girls|singles] in ur area sent u a msg on FlirtMobile 2nite, want to see who?",
    "Recorded voice: Important message for the account holder. We could not deliver your package. To speak to an operator press 1 or call 0909 {d3} {d4}.\nMe: (presses 1)\nVoice: Please hold, your call is important to us.\n(hold music, about 4 minutes)\nOperator: Thanks for holding, your postcode?\nMe: it's... why is this so slow\nOperator: Just bear with me, I'm transferring you to the delivery team, please stay on the line\n(hold music again)\nMe: hello? hello?",
    "嗯 喂 是你刚才打给我的吗 对哦 是那个吗 嗯 我们这边是那个 情感热线哦 你别挂嘛 嗯 哥哥你声音好好听 你在哪里呀 嗯 我在{city}呢 你陪我聊一会嘛 嗯 这个电话是按分钟的哦 但是很便宜的啦 呃 你挂了以后呢 打这个号找我 1680{d4} 说找小雪就行 嗯 不用存号码的 你直接回拨就行 转接一下就通了 人家等你哦 你不打我会生气的哦",
    "FreeMsg: Your {operatoren} account is eligible for a free ringtone pack! Txt TONE to 8{d4} now. Subscription £4.50/wk until you send STOP. 18+ Helpline 0330 {d3} {d4}",
    "URGENT! You have a missed voicemail from an unknown caller. To listen call 09{d3}{d6} now. Calls cost £1.50/min plus network access charge. Box{d3}",
    "Text Message\nToday {time}\n8{d4}: WIN a £1000 supermarket voucher! Answer 1 easy Q: what colour is the sky? reply BLUE\nMe: BLUE\n8{d4}: Correct! Ur in the draw. For bonus entries reply YES. £3/msg, max 3 msgs/wk. Help 0330 {d3} {d4}\nMe: STOP\n8{d4}: Ur still subscribed to WinClub. To unsubscribe txt STOP ALL",
    "甜心小雪\n哥哥在嗎 想你了😘\n我\n你是誰\n甜心小雪\n你忘了人家啦 我們上週在{romanceapp}聊過的 我現在不方便打字 你打這支電話給我嘛 0204-{d3}-{d3} 我等你喔 一分鐘幾塊錢而已啦 人家陪你聊到天亮",
  ],
  parcel_fee: [
    "您好，我是{courier}的快递员，您有一个包裹地址写得不太清楚，门牌号看不到，请问您现在住在{city}哪个小区？",
    "Hi, it's your {courieren} driver, I'm outside but can't find your house number 🙈 are you home today?",
    "Automated: Your parcel could not be delivered, incomplete address. Press 1 for an agent.\nAgent: G'day, delivery team, can I grab the tracking number off your text?\nMe: it's AP{d6}... but I'm not expecting anything\nAgent: No worries, sometimes it's a gift. There's a $3.95 redelivery fee outstanding, I'll just send you a secure link to pay by card\nMe: can't you take it when you drop it off\nAgent: System won't release it till the fee's cleared, goes back to sender in 24 hours",
    "客服: 喂 你好 这边是{city}海关 国际快件查验中心的\n用户: 嗯\n客服: 您有一个从日本寄过来的包裹 申报品名是化妆品 因为超出了个人自用的免税额度 需要您补缴一下关税{small}元\n用户: 我没买日本的东西啊\n客服: 那可能是朋友寄的 或者是您之前海淘的 您看您是要退回还是补税\n用户: 怎么补\n客服: 我发一个缴费链接到您手机上 您点进去填写一下银行卡信息就可以了 缴完{days}天内派送到您家\n用户: 那你发吧",
    "{courieren}: Your parcel is being held at our depot due to an unpaid shipping fee of {gbp}. Please pay within 48 hrs or it will be returned to sender:  {link}",
    "【{courier}】您的快件{d12}因地址不详无法派送，已暂存{station}，请于{hours}小时内点击 {link} 更新地址并支付二次派送费3.5元，逾期退回。",
    "iMessage\nToday {time}\n+63 9{d3} {d3} {d4}\nUSPS: The package arrived at the warehouse but could not be delivered due to incomplete address information. Please confirm your address in the link within 12 hours.\n{link}\n(Please reply Y, then exit the SMS and open it again to activate the link)\nMe: Y",
    "LINE\n{time} 賣貨便客服：您好，您的包裹因運費不足被退回物流中心，需補繳運費NT$29\n{time} 我：怎麼補\n{time} 賣貨便客服：請點連結驗證身分並綁定信用卡，系統會自動扣款 {link}\n{time} 我：為什麼要綁卡\n{time} 賣貨便客服：這是防詐實名驗證，綁定後才能領貨喔",
  ],
  account_lock: [
    "您好，这里是{bank}信用卡中心，系统检测到您的账户今天凌晨有一笔异地登录，请问是您本人操作的吗？",
    "Hi, this is the fraud team at {banken}. We've noticed an unusual payment attempt on your account — are you available to speak now?",
    "Caller: Hello, am I speaking to the Amazon account holder?\nMe: yeah\nCaller: Ma'am this is Kevin, Amazon security, your account is locked because someone tried to buy iPhone worth $999 from Ohio\nMe: I didn't buy anything\nCaller: Yes ma'am that's why we locked it. To unlock and cancel this order I need you to download AnyDesk from the Play Store, I will guide you\nMe: what's AnyDesk\nCaller: Our secure support tool ma'am, just read me the 9 digit code",
    "left: 您好 这边是高速ETC服务中心 您的ETC卡因为系统升级 认证已经失效了 明天开始就不能正常通行了\nright: 啊 我昨天还用了\nleft: 对 今天刚失效 您现在需要重新认证一下 我给您发了个短信 您点那个链接 填写一下车牌号{plate} 身份证 还有绑定的银行卡\nright: 要银行卡干嘛\nleft: ETC是绑定银行卡自动扣费的嘛 要重新验证 会给您发一个验证码 您报给我就行\nright: 验证码不是不能告诉别人吗\nleft: 我们是官方的 您不报的话认证不通过 以后过收费站要交双倍",
    "【ETC服务】您的ETC已失效，将于今日{time}冻结，请尽快登录 {link} 重新认证，以免影响正常通行。",
    "Netflix: Your membership is on hold. We were unable to validate your billing info. Update now to avoid suspension: {link}",
    "WhatsApp Support ✅\nYour WhatsApp account will be deactivated in 24 hours due to violation of our terms. To keep your account, verify your identity by sending the 6-digit code we just texted you.\nMe\nis this real?\nWhatsApp Support ✅\nYes official WhatsApp team. Send code now or all chats will be deleted.\nMe\n{code}\nWhatsApp Support ✅\nThank you. Please also send your 2-step PIN.",
    "HSBC客戶服務：您好，我們偵測到您嘅網上理財帳戶有異常登入，已暫時凍結\n我：我冇登入過喎\nHSBC客戶服務：明白，為保障您嘅資金，請提供您嘅信用卡號碼同埋收到嘅一次性密碼，我哋幫您解凍\n我：點解要OTP\nHSBC客戶服務：呢個係核實程序，5分鐘內唔處理戶口會被永久停用",
  ],
  tax_refund: [
    "您好，{name}，我这边是{city}人社局的工作人员，您今年有一笔职业技能提升补贴还没有领取，请问您知道这个事情吗？",
    "Hi, this is Mark from the ATO. Our records show you may be entitled to a refund from last financial year — have you lodged your return yet?",
    "Caller: This is officer Daniel Brooks, Internal Revenue Service, badge {d4}. Am I speaking with the taxpayer?\nMe: uh yes\nCaller: We've identified an overpayment on your {year} return, you're owed a refund of {usd}. But we need to verify your identity before we release it\nMe: ok what do you need\nCaller: Your Social Security number, date of birth, routing and account number\nMe: can't you mail a check like last time\nCaller: Checks are delayed 12 weeks ma'am. Direct deposit today only",
    "客服: 喂你好 这里是{city}税务局 个税汇算专项办\n用户: 嗯 什么事\n客服: 您{year}年度的个人所得税多缴了{small}元 可以申请退税 今天是最后一天\n用户: 我不是在个税app上弄吗\n客服: app那边您的信息没有同步 需要人工办理 我给您发一个官方链接 您在上面登记一下银行卡 还有手机验证码\n用户: 你们税务局怎么是手机号打过来\n客服: 我们现在都是居家办公 用的都是工作手机 您可以放心",
    "HMRC notice: You are due a tax refund of {gbp} for the {year} tax year. To claim, please submit your details at {link} within 3 working days.",
    "【人社局】根据国家育儿补贴政策，您可领取{amount}元补贴，请于{date}前登录 {link} 填写银行卡信息申领，逾期作废。",
    "SG Gov Support\nHi, your GST Voucher cash payout of $350 is pending. Pls verify with Singpass at {link}\nMe\nis this from gov.sg?\nSG Gov Support\nYes official. Link will expire today 11.59pm, after that payout will be forfeited\nMe\nwhy need my bank card also\nSG Gov Support\nFor direct crediting to your account. Very fast one.",
    "國稅局\n您好，您113年度綜合所得稅有溢繳，可退稅 NT${d4}\n我\n要怎麼領\n國稅局\n請點選下方連結綁定您的金融卡，並輸入簡訊驗證碼完成退稅 {link}\n我\n不是會自動退到帳戶嗎\n國稅局\n因您的帳戶資料過期，需重新驗證，今日截止",
  ],
};
