/**
 * Arrival (session 18; scripts/score-set.ts): 2.3 % flagged on 114319c (lender, otp, personal 6.3 %, bank 2.1 %); 3.0 %
 * with first messages (20eef2e: a recruiter's call read without its 'we never charge candidates any fee' became a first
 * message); 2.3 % once the cover readings accepted no first message. Then joined to the tune split.
 *
 * Blind tuning genuine set 101 — 16 real-world-style genuine templates for each of the 9 categories.
 *
 * Written blind (session 18): the author did not open, list, search or run anything of the project;
 * every text comes from general knowledge of how genuine messages and calls looked in 2024–2026.
 * Styles mixed in every group: terse SMS with and without 【签名】, chatty WeChat / QQ / LINE /
 * WhatsApp messages, multi-turn chats and phone-call transcripts (speaker labels such as
 * 客服/用户, left/right, A/B, or none; ASR-like unpunctuated text with 嗯、呃、那个、就是 and numbers
 * read as words), Traditional Chinese (Taiwan usage and Hong Kong Cantonese) in about a fifth of the
 * Chinese texts, emoji, and English in UK, US, Indian, Singaporean, Malaysian, Nigerian, Filipino and
 * Australian registers. The set leans toward hard near misses: genuine texts that mention 逾期、征信、
 * 法院、验证码、冻结、诈骗 or refunds, yet never ask for a code, an up-front fee, a transfer to a
 * "safe" or stranger's account, screen sharing, or a link on an odd domain.
 *
 * Public sources whose DESCRIPTIONS (not texts) were paraphrased: anti-fraud advice published by the
 * 国家反诈中心 / 96110 and local 公安 accounts; 中国人民银行 and bank consumer-protection notices on
 * how banks contact customers; 工信部 rules on SMS signatures and 退订 wording; 人社/医保/税务/12123/
 * 12368 service descriptions; Taiwan 165 反詐騙 and Hong Kong Police ADCC (18222) guidance; UK
 * Finance "Take Five", NHS, Royal Mail and HMRC pages on how they do and do not contact people;
 * Indian and Malaysian bank SMS alert descriptions. No real message was copied.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_TUNING_101_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "客服:您好,请问是{name}先生吗?我这边是{bank}信用卡中心的审核专员,您前几天在我们手机银行申请了一张信用卡,做个简单的电话核实\n用户:对,是我申请的\n客服:好的,麻烦您说一下您现在的工作单位名称\n用户:{city}顺达物流有限公司\n客服:好的,和您填写的一致。审核结果会在三到五个工作日内短信通知您,卡片寄到后请在手机银行自行激活。整个过程不收任何费用,我们也不会问您要验证码\n用户:好的,谢谢",
    "客户 喂你好 我想把手机银行的转账限额调高一点 就是 要付房子首付 大概三十万\n坐席 好的先生 限额呢您可以在手机银行 安全中心 限额管理里面自己调 超过五万的话需要本人带身份证到网点柜台办\n客户 嗯 这么麻烦啊\n坐席 是的 主要是防电信诈骗 冒昧问一下 这笔钱是转给开发商还是个人呢\n客户 开发商的对公账户\n坐席 好的那没问题 呃 提醒您一句 如果有人让您先把钱转到什么监管账户或者个人账户的 一定先打我们{bankno}核实",
    "【{bank}】您尾号{d4}的账户于{date}被{city}市人民法院依法冻结,冻结金额{amount}元,案号{case}。如有疑问请向执行法院了解或携本人身份证至我行网点查询。本行不会以“解冻”为由要求您转账或缴费。",
    "{bank}:您尾号{d4}的借记卡{date}{time}[快捷支付|POS消费|网上银行]支出人民币{small}.00元,活期余额{amount}.56元。【{bank}】",
    "【中銀香港】閣下尾號{d4}的信用卡於{dateen} {time}在網上商戶簽賬HKD {small}.00。如非閣下本人交易,請即致電本行24小時客戶服務熱線。本行絕不會透過短訊連結要求閣下輸入密碼。",
    "left:王阿姨您好,我是{bank}人民路支行的小{surname},上次帮您办定期的那个\nright:哦哦小{surname}啊,记得记得\nleft:您那笔三年的定期下礼拜三就到期了,到期会自动转成活期,钱一直在您自己卡里,不用担心\nright:那我要不要过去一趟\nleft:您方便的话带上身份证和存折来网点,我当面跟您讲讲现在的利率,想续存就续存,不想也没关系。电话里我们不会帮您做任何操作的\nright:行,那我周四上午过去",
    "【企业微信】{bank}客户经理{name}:{surname}女士您好😊 您申请换领的第三代社保卡已经到我们网点了,这周工作日9:00-17:00带身份证来领就行,旧卡里的钱会自动转过去,不用您操作。有问题直接打{bankno}或者来网点找我都可以~",
    "【{bank}】尊敬的客户,因您的账户近期交易存在异常特征,我行已依据监管要求下调您尾号{d4}账户的非柜面交易限额。如需恢复,请本人携带有效身份证件至任一网点办理核实。咨询请拨{bankno}。",
    "行員:阿伯,你今天要領三十萬現金喔,方便問一下是要做什麼用的嗎?\n客戶:就……要給我孫子啦,他說他出車禍要和解\n行員:他是自己打電話給你的嗎?聲音跟平常一樣嗎?\n客戶:聲音有點怪,他說感冒\n行員:阿伯,這個很像詐騙喔。我們先打你孫子原本的號碼確認一下好不好?我也請派出所的警員過來陪你,錢都還在你帳戶,不會動到\n客戶:好啦好啦",
    "【{bank}】温馨提示:近期有不法分子冒充“平台客服”,称您开通了“百万保障”或会员服务即将扣费,诱导您下载会议软件共享屏幕并转账。我行及正规平台均不会要求共享屏幕或转账关闭服务,遇此类电话请立即挂断,拨打{bankno}或96110咨询。",
    "用户:喂,我刚在你们ATM取钱,卡被吞进去了,怎么办啊\n客服:您别着急,请问是哪个网点的机器?\n用户:就解放路那个自助银行,旁边没人\n客服:好的。被吞的卡会由网点工作人员清机后保管,您明天上午带身份证到解放路支行柜台领取就行。机器上要是贴着什么“吞卡请拨打”的电话,千万别打,那多半是骗子贴的,我们只有{bankno}这一个客服号\n用户:哦哦还真有张小纸条\n客服:对,别理它。需要的话我先帮您把卡临时挂失",
    "【{bank}】您尾号{d4}的信用卡{dateen}发生一笔境外交易{usd}。如为本人交易请忽略;如非本人,请致电{bankno}转人工办理止付。本行不会主动来电索要验证码或要求转账。",
    "您于{date}{time}通过{bank}手机银行修改预留手机号成功。如非本人操作,请立即拨打{bankno}。【{bank}】",
    "A:你好,我想问一下我信用卡怎么扣了个年费啊\nB:您好先生,我帮您查一下……嗯,您这张是金卡,年费三百块,规则是一年刷满六次免次年年费,您去年只刷了四次\nA:啊这样啊,那能退吗\nB:这样吧,我帮您提交一个年费减免申请,审核结果三到五个工作日短信通知您,不需要您另外付任何费用\nA:行吧,麻烦你了\nB:不客气,还有其他可以帮您的吗",
    "【{bank}】您尾号{d4}账户{date}{time}[代发工资|代发绩效]收入人民币{amount}.00元,余额{amount2}.17元。",
    "客:喂,我收到個短訊話我張卡俾人暫停咗,叫我撳條link入去更新資料,係咪你哋發㗎?\n職員:陳生,唔係我哋發嘅。我哋嘅短訊唔會有連結叫你輸入密碼或者卡號。我幫你睇睇……你張卡一切正常,冇暫停到\n客:嚇死我,好彩冇撳\n職員:係呀,條短訊刪咗佢就得,唔放心可以打18222防騙易問下。有咩事隨時打卡背面嘅熱線搵返我哋",
  ],
  lender: [
    "客服:您好,请问是{name}吗?我这边是{lender}的客服,工号{d4}\n用户:是我,什么事\n客服:我们看到您在{lenderapp}绑定的那张尾号{d4}的银行卡已经挂失了,下个月{date}的那期扣不了款,想提醒您提前换绑一张卡\n用户:哦对,那张卡丢了\n客服:您在{lenderapp}APP里点“我的-银行卡”,添加新卡就行,全程自己操作。我们不会让您把钱先转给任何人,也不需要您告诉我任何密码\n用户:好的我晚上弄",
    "【{lender}】尊敬的客户,您本期账单应还{small}.00元,最后还款日{date}。系统将于当日从尾号{d4}的银行卡自动扣款,请保持余额充足。详情请登录{lenderapp}APP查看。",
    "【{lender}】{surname}先生/女士,您的借款已逾期{days}天,欠款{amount}元。逾期信息将依法报送金融信用信息基础数据库,如仍未处理,我司将依据合同通过法律途径追偿。请尽快通过{lenderapp}APP“我的账单”还款或致电官方客服协商,切勿向任何个人账户转账。",
    "用户:喂你好,刚才有个人打电话说是你们{lender}的,说我大学时开过学生账户要注销,不然影响征信,让我把钱转到一个账户里\n客服:先生您好,您说的这个情况是诈骗。我们没有“注销账户影响征信”这种说法,征信也不能被任何人修改或者消除\n用户:我就觉得不对劲\n客服:对,千万不要转账,也不要开屏幕共享。您的借款记录在{lenderapp}APP里都能查,我这边显示您没有未结清的借款。可以拨打96110咨询或者报警\n用户:好,谢谢你",
    "【{lenderapp}】您申请的借款{amount}元已审核通过,资金已发放至您尾号{d4}的银行卡,请注意查收。首期还款日{date},还款计划可在APP内查看。",
    "在线客服:您好,人工客服{d3}号为您服务,请问有什么可以帮您?\n我:我想提前还清,要交违约金吗\n在线客服:您好,根据您的合同,这笔借款提前结清不收违约金,只需还清剩余本金和截至今天的利息,共计{amount}.42元\n我:在哪操作\n在线客服:首页-我的借款-提前还款,选“全部结清”,从绑定卡扣款即可。结清后一到两个工作日可在{lenderapp}APP里下载结清证明哦",
    "專員:您好,請問是林小姐嗎?我這邊是國泰世華銀行個人信貸部,您昨天在官網申請了一筆信貸\n林小姐:對,是我\n專員:資料我們初步看過了,還需要補最近三個月的薪轉明細,您可以直接在原本的線上申請頁面上傳,或是到分行臨櫃交\n林小姐:要先繳什麼手續費嗎?\n專員:不用喔,開辦費會在撥款時直接從貸款金額扣,不會請您另外匯款。也提醒您,有人說能幫您包裝信用、先收代辦費的,都不要相信",
    "【{lender}】您已于{date}结清全部借款,感谢您的信任。结清证明可在{lenderapp}APP“我的-结清证明”中申请下载,相关还款记录将于次月报送征信系统更新。",
    "【{lenderapp}】根据您的综合信用情况,您的可用额度已由{amount}元调整为{amount2}元,以APP内显示为准。借款前请理性评估还款能力,谨防以“提额”“包下款”为名的收费诈骗。",
    "喂 您好 这边是那个上汽通用汽车金融 嗯 就是您那个车贷 本月十五号那一期没扣款成功 呃 应该是卡里余额不够 对 金额是三千二百六十八块 您看今天能存进去吗 我们系统晚上还会再扣一次 嗯 好的好的 那您存到尾号{d4}那张卡就行 不用转给我们 也不用打到别的账户 如果今天还扣不成功呢 就会算逾期 影响征信的 嗯 对 好 那祝您生活愉快",
    "【玉山銀行】您的個人信貸本期應繳金額NT${small},繳款截止日{date},可透過網路銀行、ATM轉入您的還款帳號或臨櫃繳納。本行不會以簡訊或LINE通知您匯款至其他帳戶。",
    "A:喂,您好,请问您是{name}的朋友吗?我是{lender}的贷后专员\nB:是啊,怎么了\nA:他在我们这儿的借款逾期了,电话一直打不通,麻烦您方便的时候转告他一声,让他登录{lenderapp}处理,或者回拨我们官方客服\nB:那要我帮他还吗\nA:不用不用,您没有任何还款义务,我们也不会让您还钱,只是麻烦转告一下。打扰您了,不好意思\nB:哦行,我跟他说",
    "【安信信貸】提提你:你嘅分期還款HKD {amount}將於{dateen}到期,請確保自動轉賬戶口有足夠結餘。如有查詢,請致電我哋客戶服務熱線或登入手機App。我哋唔會透過WhatsApp要求你轉賬去私人戶口。",
    "【{lender}】您于{date}在{lenderapp}申请借款时已授权我司查询您的个人征信报告。如非本人操作,请立即联系官方客服。[借款请量力而行。|珍惜个人信用记录。]",
    "客服:{surname}女士您好,我是{lender}的回访专员,您昨天在{lenderapp}借了{amount}元,跟您确认一下是您本人申请的吗?\n用户:是我\n客服:好的。借款用途是装修,对吗?\n用户:对\n客服:另外提醒您,我们放款不收任何前期费用,如果有中介说帮您“提额”“包下款”要收服务费,或者让您把款转出去“验证流水”,都是诈骗\n用户:知道了\n客服:感谢您的配合,祝您生活愉快",
    "【{city}互联网法院】{name},{lender}诉你借款合同纠纷一案已立案,案号{case}。请登录“人民法院在线服务”平台查阅起诉材料并按期应诉,可拨打12368核实。本院不会通过短信或电话要求你缴纳任何“保证金”。",
  ],
  otp: [
    "【{app}】验证码{code},用于登录,[5|10]分钟内有效。验证码提供给他人可能导致账号被盗,请勿泄露。",
    "【{bank}】您正在进行网上支付,交易金额{small}.00元,验证码{code}。任何人索要验证码都是诈骗,请勿告知他人。",
    "【中華郵政】您的e動郵局驗證碼為{code},請於3分鐘內輸入,切勿告知任何人,包含自稱郵局人員者。",
    "(语音验证码来电)您好,这里是{app}语音验证码服务。您的验证码是,三,七,零,五,二,九。重复一遍,三,七,零,五,二,九。请在页面上输入,不要告诉任何人。如果您没有申请验证码,请直接挂断,您的账号不会受影响。本次来电不会要求您按键输入任何信息,也不会转接人工。如需再听一遍,请在页面上重新点击“获取语音验证码”。",
    "妈:儿子,我手机刚收到条短信,说什么验证码{code},我没弄啊\n儿子:妈你别管它,也别告诉任何人,可能有人手机号输错了\n妈:刚才还有个电话,说是快递的,让我把那几个数字念给他\n儿子:千万别念!那就是骗子,挂了就行。把那个号码截图发我,我去举报\n妈:好的好的,我已经挂了\n儿子:👍 以后凡是要验证码的一律不给,我跟我爸也不会找你要",
    "【{app}】您的账号于{date}{time}在{city}的新设备登录。如非本人操作,请立即在APP中修改密码并退出其他设备。",
    "客服:您好,{operator}客服,工号{d4},请问有什么可以帮您\n用户:我这半小时收了几十条验证码短信,各种平台的,是不是被盗号了\n客服:先生别担心,这种一般是有人恶意用您的号码在各个平台刷验证码,就是“短信轰炸”。只要您不把任何验证码告诉别人,账号就是安全的\n用户:那能拦吗\n客服:我帮您开通一下垃圾短信拦截,您也可以把各平台密码改一下。我们客服是不会向您要验证码的",
    "【蝦皮購物】您的驗證碼為{code},10分鐘內有效。請勿將驗證碼提供給任何人,包括蝦皮客服人員。",
    "【八達通】你嘅一次性密碼係{code},用於綁定新裝置,5分鐘內有效。請勿向任何人透露。如非你本人操作,請致電客戶服務熱線。",
    "{fname}:哥 公司邮箱又要二次验证 我令牌没带\n同事:你手机上打开企业微信 工作台-动态口令 那儿会显示六位数\n{fname}:哦找到了 谢啦\n同事:别发给我啊😂 自己输就行 IT说了谁都不能给\n{fname}:哈哈知道知道 已经登上了\n同事:对了 下午三点的周会别忘了 在三楼小会议室\n{fname}:收到👌 PPT我中午发群里",
    "【铁路客服】验证码:{code},您正在进行手机号核验,请勿向他人泄露。",
    "【{shop}】您正在修改支付密码,验证码{code}。{shop}工作人员不会以任何理由向您索要验证码,切勿转告他人。",
    "坐席:您好{bank},请问有什么可以帮您\n客户:我手机银行登录密码忘了,输错三次被锁了\n坐席:好的,您可以在手机银行登录页点“忘记密码”自己重置,需要刷一下脸,然后系统会给您发一条短信验证码\n客户:那验证码是报给你吗\n坐席:不用不用,验证码您自己在页面上输入就行,千万别告诉任何人,包括我\n客户:哦好的,我现在试试\n坐席:好的,重置成功后锁定会自动解除",
    "喂 老王啊 跟你说个事儿 就是刚才有人加我微信冒充你 头像名字都一样 还让我把手机收到的那个验证码发给他 说帮你解封账号 我没给啊 对 我估计你号被盗了 你赶紧那个 在微信里面把密码改了 然后用你老婆手机发个朋友圈说一下 嗯 别让别人上当了 我这边已经跟几个共同好友说了 让大家别理那个号 你弄好了给我回个电话 好 挂了啊",
    "我:客服你好,我刚收到一条“申请注销账号”的验证码,不是我弄的\n{app}客服:您好,请放心,没有验证码对方是无法注销您账号的。建议您现在修改登录密码,并在“设置-账号与安全”里开启登录保护\n我:好的,改完了\n{app}客服:好的。温馨提示,平台工作人员不会以任何理由索要验证码,如有人以客服名义联系您,请通过APP内官方客服核实哦",
    "【国家政务服务平台】您的验证码为{code},用于实名身份认证,请勿泄露给他人。",
  ],
  delivery: [
    "快递员:喂,您好,{courier}的,您是不是有个件显示已签收但没收到?\n用户:对啊,我正想打电话问\n快递员:实在不好意思,是我昨天放错了,放到隔壁单元同一个门牌号的快递柜了。我已经跟那边住户联系过,他帮您拿着呢,您方便去1单元602取一下,或者我今天下班顺路给您送过去\n用户:那你送过来吧,我晚上在家\n快递员:好嘞,七点左右,到了给您打电话。再次抱歉啊",
    "【{station}】您的{courier}包裹已到站,取件码{pick},请于{date}前凭码取件,[逾期将退回|超时将退回寄件人]。",
    "骑手:喂您好,{app}外卖,您的餐到楼下了,门禁我进不去\n用户:哦哦,那你放一楼外卖柜吧,我马上下来\n骑手:好的,放在3号柜,取餐码APP里会推给您\n用户:好嘞谢谢\n骑手:不客气,汤我给您套了两层袋子,拿的时候小心点儿。麻烦有空给个好评哈\n用户:一定一定,辛苦了,外面下雨注意安全\n骑手:没事儿,谢谢您",
    "【EMS】您的国际邮件{d12}需补充申报信息,请登录“掌上海关”APP或EMS官方小程序完成个人物品申报。应缴税款以海关电子税单为准,请勿向任何个人账户缴纳。",
    "喂 你好 这里是{courier} 你有个件 地址写的是那个 幸福小区七栋 但是没写单元号 你是几单元几零几啊 哦 三单元五零二 好的好的 那我下午四点左右给你送过去 家里有人吧 啊没人啊 那我给你放门口还是放驿站 放驿站是吧 行 到时候你看短信里的取件码就行 嗯 对 下次下单的时候你把单元号补上 我们好找一点 嗯 好 拜拜",
    "【{courier}】您的快件{d12}今日派送未成功(收件人电话未接通),将于明日再次派送。如需改约时间,请在{courier}官方APP操作或拨打{courierno}。",
    "【7-ELEVEN】您訂購的商品已送達您指定的門市,請於7日內攜帶身分證件至門市取貨,逾期未取將退回。",
    "闪送员:您好,我是闪送员{surname}师傅,已经取到您朋友寄的蛋糕了,大概二十分钟送到\n收件人:好的,是送到公司吗\n闪送员:地址写的是科技园B座,但没写楼层,您在几楼?\n收件人:十一楼,前台会有人签收\n闪送员:好的,蛋糕我平着放的,放心。到了我给您打电话,签收后在小程序里点个确认就行\n收件人:好的,辛苦师傅,路上慢点",
    "【{app}】您的订单已由骑手接单,预计{time}送达。为保护隐私,骑手来电显示可能为虚拟号码。",
    "司機:喂你好,順豐速運,你有件貨而家喺樓下,屋企有冇人呀?\n客:有呀,你上嚟啦\n司機:地址寫住十二樓B室,啱唔啱?\n客:啱,大廈要登記,你同保安講送去十二B就得\n司機:好,呢件係到付,運費三十八蚊,你用現金定八達通?\n客:八達通啦\n司機:OK,五分鐘上到\n客:好,我喺門口等你,唔該晒\n司機:唔使客氣,到時簽個名就得",
    "【{courier}】您寄往{city}的快件{d12}已签收,签收人:[本人|家人|前台]。感谢使用{courier},欢迎评价本次服务。",
    "用户:喂,我刚接到个电话说是你们{courier}的,说我快递丢了要双倍赔偿,让我加QQ办理\n客服:您好,我们的理赔都在官方APP或者寄件平台上申请,不会让您加QQ或者下载别的软件,更不会让您先交钱、提供银行卡密码\n用户:那我这个件到底丢没丢\n客服:我帮您查一下单号……目前显示在{city}转运中心,正常运输,明天派送\n用户:哦,那就是骗子\n客服:是的,建议您直接挂断,也可以拨打96110咨询",
    "【丰巢】取件码{d6},您的{courier}快递已存入{station}。免费保管{hours}小时,超时将按规则收取少量保管费,可在丰巢小程序查看。",
    "司机:您好,我是货拉拉的司机,车牌{plate},已经到小区北门了\n我:师傅您好,北门进不来货车,麻烦绕到东门,我在门口等您\n司机:好的,搬家的东西多吗?需要我帮忙搬的话按平台标准收搬运费,在APP里付就行\n我:不多,就几个箱子一个柜子,您帮着搭把手吧\n司机:没问题,三分钟到\n我:好的,我穿红衣服站门口\n司机:看到您了,马上过来",
    "【京东物流】您的订单{d12}正在派送,快递员{surname}师傅,电话{phone},预计{time}前送达。请当面验货后签收。",
    "司機:喂您好,黑貓宅急便,請問是黃先生嗎?您有一件冷凍的包裹,我大概十分鐘後到您家\n黃先生:啊,我現在不在家耶\n司機:那可以放管理室嗎?因為是冷凍的,放太久會退冰喔\n黃先生:好,放管理室,我跟管理員說一聲\n司機:好的,放好我會拍照傳簡訊給您,謝謝\n黃先生:好,麻煩你了,辛苦了\n司機:不會不會,祝您有美好的一天",
  ],
  appointment: [
    "【{hospital}】{name}您好,您已成功预约{date}{time}{dept}门诊,就诊序号{d3}。请提前30分钟携带身份证或医保卡到门诊自助机签到,如需取消请于就诊前一日通过医院官方公众号操作。",
    "护士:您好,请问是{surname}阿姨的家属吗?这里是{hospital}{dept},您母亲约的下周二胃镜,医生那天临时有会诊,想给您改到周四上午八点\n家属:周四可以的\n护士:好的。那还是提前一天晚上八点以后不要吃东西,早上不要喝水,带上之前的检查单。费用到时候在自助机或窗口缴,不用提前交\n家属:好的,谢谢啊",
    "【{car}】尊敬的车主,您的爱车{plate}距上次保养已满6个月,已为您预留{date}{time}常规保养工位,如需改期请致电门店。",
    "{salon}托尼老师:姐 明天下午三点的染发给您留着呢 还是上次那个颜色吗\n我:对 还那个 能改到四点吗\n托尼老师:四点有人了 三点半可以不\n我:可以可以\n托尼老师:好嘞 那三点半见 到店报手机尾号{d4}就行😊\n我:好的 对了上次那个护发素还有吗 想买一瓶\n托尼老师:有的 到店拿 跟染发一起结就行",
    "【{school}】各位家长:本周五下午{time}召开期中家长会,请按时到校,入校时请出示班级群内发放的入校码。如不能参加请提前告知班主任。",
    "HR:您好,请问是{name}吗?我是美团到店事业群的HR,姓{surname},在BOSS直聘上看到了您的简历\n候选人:您好您好\nHR:想约您下周三下午两点来我们望京的办公室面试,大概一个小时,一面是业务负责人,您时间方便吗\n候选人:可以的\nHR:好,我稍后把面试邀请发到您邮箱,里面有地址和联系人。面试全程不收任何费用,也不需要您提前买任何东西或者培训",
    "【海尔服务】您报修的空调已派单,工程师{surname}师傅将于{date}{time}上门,工号{d6}。请认准工装工牌,维修费用以APP电子报价单为准,请勿私下转账。",
    "喂 你好 我是那个 燃气公司的 就是咱们小区这周做年度安全检查 你家是十二号楼二单元吧 嗯 对 我们明天上午九点到十二点之间上门 就看一下那个管道有没有漏气 嗯 免费的 不收钱 也不卖东西 如果有人上门推销什么报警器啊 自闭阀啊 非让你买的 那个不是我们 物业群里也发了通知 你可以看一下 好嘞 那明天见 谢谢配合啊",
    "【長庚醫院】{name}您好,提醒您明日{time}於門診大樓二樓{dept}看診,看診號{d3},請攜帶健保卡。如需取消請至官網或App辦理。",
    "教练:张姐你好呀,我是{gym}的私教小{surname},您买的体验课还剩一节没上哦,这周六上午十点或者下午四点有空位,您看哪个合适?\n张姐:周六下午吧\n教练:好的已经帮您约好啦~记得带运动鞋和毛巾,不需要额外付费哈\n张姐:好的谢谢\n教练:不客气,周六见💪\n张姐:对了停车方便吗\n教练:地下车库有会员车位,出示会员卡免费停两小时",
    "【{hospital}口腔科】您预约的洗牙服务在{date}{time},地点门诊楼三楼,请提前10分钟到达。如需改约请致电门诊服务台。",
    "診所:喂,陳太你好,呢度係沙田仁愛牙科診所,想提一提你聽日下晝兩點半覆診,仲OK嗎?\n陳太:OK呀,係咪要帶啲咩\n診所:記得帶埋上次影嘅X光片同埋醫療卡。如果要改期就打返診所電話,我哋會幫你再約\n陳太:好,唔該晒\n診所:唔使客氣,如果當日遲到十五分鐘以上可能要改期㗎,盡量準時啲呀,拜拜\n陳太:明白,拜拜",
    "【阳光驾校】{name}学员,您的科目二考试已预约成功,考试时间{date}{time},请携带身份证提前一小时到考场候考。祝考试顺利!",
    "{name}妈妈您好,我是{school}三年级二班新来的语文老师,姓{surname},这学期接替王老师带咱们班。周四放学后想跟各位家长简单见个面,地点在教学楼一楼会议室,大概半小时。不方便来的话群里会发会议纪要,有问题随时跟我说🙂",
    "中介:{surname}哥,我链家小{surname},您上周看的那个两居,房东说周六上午有空,可以再约一次看房\n客户:行啊,几点\n中介:十点吧,小区南门见,我到了给您打电话。还是老规矩,看房不收任何费用,定不定都没关系\n客户:好,那周六见\n中介:好嘞,下雨的话我提前跟您说\n客户:对了,房东那边价格还能谈吗\n中介:可以谈,看房当天咱们当面聊",
    "服務專員:您好,這裡是和泰Toyota汐止服務廠,請問是王先生嗎?您的車快到一萬公里保養了,想幫您預約時間\n王先生:好啊,下禮拜六可以嗎\n服務專員:禮拜六早上九點半可以,保養大約兩個小時,現場有休息室。費用保養完在櫃台結帳就好\n王先生:OK,那就這樣\n服務專員:好的,前一天會再傳簡訊提醒您\n王先生:好,謝謝",
  ],
  marketing: [
    "【{shop}】年货节来啦!满300减50券已到账,{date}前有效,打开{shop}APP“我的-优惠券”即可查看。退订回T",
    "【{company}】尊敬的客户,{fund}今日开放申购,过往业绩不代表未来表现。基金有风险,投资需谨慎,详情请通过{company}官方APP查阅产品说明书。拒收请回复R",
    "【{operator}】尊敬的客户,您本月剩余流量{small}MB,推荐办理“5G畅享加油包”10元/月含5GB,回复KT办理,[退订回TD|拒收请回复R]。",
    "【{shop}】恭喜您在会员日抽奖中获得{small}元无门槛券,已自动发放至您的账户,无需支付任何费用,请在APP“我的-卡券”中查看。退订回T",
    "【爱奇艺】您的黄金VIP会员将于{date}自动续费25元。如需取消,请在APP“我的-会员中心-管理自动续费”中自行操作。",
    "经理:您好,我是{company}{city}营业部的客户经理,姓{surname},您上个月在我们APP开了户,给您做个回访\n客户:哦哦\n经理:主要确认一下您的风险测评结果是稳健型。另外我们营业部周六有一场投资者教育讲座,免费的,讲基金定投的基础知识,有兴趣可以来\n客户:我考虑考虑\n经理:没问题。也提醒您,我们公司不会拉您进什么荐股群,也不会让您往个人账户打钱,有疑问打公司官方客服",
    "【智联招聘】您好,{company}正在招聘“客户服务专员”,月薪6-8K,五险一金,工作地点{city}。感兴趣可登录智联招聘APP投递简历。退订回T",
    "花店老板娘:亲们~母亲节康乃馨花束今天开始预定啦💐 128元起,可以送到家\n顾客A:接龙+1,要粉色的\n顾客B:能周六上午送到吗\n花店老板娘:可以的亲,下单时备注时间就行,到货再付款,不满意包换哈\n顾客C:可以开发票吗\n花店老板娘:可以的,个人和公司抬头都行\n顾客B:那我订两束,一束送我妈一束送婆婆😄\n花店老板娘:收到啦,谢谢亲",
    "话务员:您好,这里是{operator}客服,工号{d4},看到您现在的套餐是一百二十八元的,现在有个升级活动,每月加十块钱多二十G流量,合约期一年,您看需要吗\n用户:不需要,谢谢\n话务员:好的,打扰您了。之后有需要也可以在{operator}APP里自助办理,祝您生活愉快\n用户:好的,那先这样吧\n话务员:好的,再见",
    "【全聯福利中心】會員獨享!{date}起指定商品第二件6折,結帳時出示會員條碼即可,詳情請見全聯App。",
    "【百佳】本週超市精選:{goods}買二送一,優惠至{dateen},詳情請瀏覽百佳App。如不欲接收推廣訊息,請回覆STOP。",
    "代理人:李哥,我是平安的小{surname}啊,您家孩子那份教育金保单下个月要交第三年的保费了,提前跟您说一声\n李哥:哦对,多少来着\n代理人:一万二,到时候直接从您绑定的银行卡扣,不用转给我个人。想换扣款卡可以在平安金管家APP里改\n李哥:行,知道了\n代理人:好嘞,有问题随时找我,下个月扣款前我再提醒您一次",
    "销售:王先生您好,上周您试驾的那款车这个月有厂家补贴,首付能少一万,您周末要不要再来店里看看?不买也没关系哈\n王先生:价格还能再少点吗\n销售:您来店里我跟经理申请,电话里说了不算😂 定金也是在店里刷卡开收据的\n王先生:那我周日下午过去\n销售:好的,到了跟前台说找小{surname}就行,我给您留一台试驾车",
    "喂 您好 我是那个 新东方的课程顾问 嗯 您之前在我们官网留了电话 就是咨询孩子英语的 对 我们现在有个 免费的 那个 试听课 周六上午 在{city}中山路那个校区 您可以带孩子来听一下 觉得合适再说 不合适也没关系 不用交钱的 呃 好的 那我把校区地址短信发给您 您到了跟前台说是官网预约的就行 好 再见",
    "【{app}】外卖神券节:今日下单满25减8,仅限今天使用。退订回T",
    "客服:您好,這裡是中華電信,您的月租型門號合約下個月到期,想跟您說明一下續約方案\n客戶:嗯,你說\n客服:目前599的方案續約可以享上網吃到飽,另外還有手機優惠價。您可以到門市或官網辦理,不急,合約到期前都可以\n客戶:好,我再看看,到時候去門市問問\n客服:好的,感謝您,祝您有美好的一天\n客戶:謝謝,拜拜",
  ],
  personal: [
    "这个月水电一共{small}块,四个人平摊,一人七十四块五,我先垫了哈,大家有空微信转我就行,不急~",
    "闺女啊 妈跟你说 你那个快递我帮你拿回来了 放你屋里桌上了 还有啊 你二姨下礼拜六来咱家 你那天要是没事儿就早点回来吃饭 嗯 对了 天冷了多穿点儿 别老点外卖 听见没 哦还有 你爸说你那个自行车胎他给你补好了 周末回来骑走 你要是想吃饺子就提前说 妈给你包 韭菜鸡蛋的还是猪肉白菜的 你想好了告诉我 好了 就这些 你忙吧",
    "Hi~我们在{romanceapp}上配对啦😊 看你主页说喜欢爬山,我上周刚去了{city}边上一座小山,风景超好。你一般周末都去哪儿爬呀?",
    "买家:你好,这个婴儿推车还在吗?看描述说九成新\n卖家:在的\n买家:能便宜点吗,400行不\n卖家:最低450,同城可以自提\n买家:那我周六去你那儿当面看看,没问题就在闲鱼上拍下付款\n卖家:可以,我把小区地址发你,到了打我电话\n买家:好嘞,推车的雨罩还在吗\n卖家:在的,一起送你,放后备箱刚好\n买家:太好了,谢谢,那周六上午十点见",
    "您好,我是楼下502新搬来的,姓{surname}。这两天装修可能有点吵,实在不好意思🙏 施工时间是早上九点到下午五点半,周末不干活。有什么问题随时敲门找我,或者在业主群里@我就行。",
    "队友:今晚八点开黑吗 {game}新赛季\n我:来 等我吃完饭\n队友:我拉个新朋友 他辅助打得挺好\n我:行 拉进来\n队友:对了 别信那些私聊说低价卖号的 我表弟上次被坑了\n我:知道 我从来不私下交易 八点见\n队友:还有 别忘了开麦 上次你全程沉默😂\n我:上次是耳机坏了 新买了一副 今晚肯定开 顺便叫上阿杰",
    "媽:阿弟,你這禮拜六有要回來嗎?阿嬤說要滷你愛吃的滷肉\n我:有啊,大概中午到\n媽:好,那你順便幫我去全聯買兩罐醬油,錢回來再給你\n我:OK啦,還要別的嗎\n媽:再一包衛生紙,騎車小心喔\n我:知道啦,阿嬤最近身體還好嗎\n媽:還不錯,每天早上都去公園做體操,看到你一定很開心\n我:那我再順便買她愛吃的鳳梨酥",
    "姐:弟 我这月工资晚发几天 房租还差五百 你能先借我不 下礼拜发了就还你\n我:行 微信还是支付宝\n姐:微信吧 谢啦 等会请你喝奶茶\n我:转了\n姐:收到❤️ 周五还你 顺便把你落我这的充电宝带给你\n我:不急 你先顾好自己\n姐:嗯嗯 妈那边别说啊 省得她担心\n我:放心吧 我嘴严 周五记得把充电宝带来就行",
    "{surname}姐,我明天请假去医院复查,周报今晚写好放共享盘了,麻烦您明早帮我提交一下,谢谢啦🙏",
    "下班路上买点葱吧 家里没了 再带瓶生抽 [七点前到家不|几点到家呀]",
    "阿明:今晚打邊爐邊個嚟?我訂咗七點半旺角嗰間\n阿欣:我!遲少少,八點到\n阿明:OK,埋單AA,到時PayMe俾我就得\n阿欣:冇問題👍 要唔要我帶埋啲飲品\n阿明:唔使啦,嗰度任飲\n阿欣:咁我叫埋阿晴,佢今日放假\n阿明:好呀,我改做四位,遲啲喺群組send個位置俾你哋\n阿欣:收到,今晚見,記得帶埋張會員卡",
    "喂 是{name}吗 我是{surname}磊啊 高中同桌那个 哈哈 对对对 好多年没联系了 我从班主任那要的你电话 就是 我下个月十八号结婚 在{city} 想请你来喝喜酒 嗯 请柬我回头寄给你 你把地址微信发我就行 啊没事没事 人来就好 真不用随礼 就当老同学聚一聚 好多人都来 哎 你现在在哪儿上班呢 哦 那挺好 行 回头微信聊",
    "爸,我原来那个手机号不用了,这是我新号{phone},微信没变,你存一下。有事还是微信视频找我就行。",
    "房东:小{surname},明天上午物业要来换水表,大概十点,你在家吗?不在的话我自己拿钥匙开门,换完就走\n租客:我上班,您直接来就行\n房东:好,换完我拍个照发你,顺便把阳台那个漏水的龙头也修了\n租客:太好了,谢谢{surname}叔\n房东:客气啥,住得舒服就行,有啥坏了直接跟我说,别自己花钱修\n租客:好的",
    "學長:學妹,下週二的讀書會改到圖書館三樓討論室喔,記得帶上次的筆記\n我:好的學長~需要我準備什麼嗎\n學長:你負責第五章的報告,十分鐘就好\n我:收到,我週一晚上先把簡報傳到群組\n學長:好,辛苦了,結束後大家一起去吃宵夜\n我:好耶,那我跟學姐說一聲\n學長:OK,她有問題的話叫她直接在群組問就好,週二晚上見",
    "您好,我是{name}同学的妈妈,在班级群里加的您。孩子说周末想约你家宝贝一起去图书馆,周六下午两点市图书馆门口见可以吗?我俩家长都陪着~",
  ],
  government: [
    "【{city}公安】反诈提醒:凡是自称“公检法”要求转账到“安全账户”的都是诈骗!公安机关不会通过电话办案,更没有“安全账户”。接到可疑电话请拨打96110或110。",
    "民警:您好,我是{city}市公安局城东派出所的民警,姓{surname}。我们通过反诈系统发现您名下一张银行卡近期有多笔陌生人的小额转入转出,想请您这两天带身份证来派出所配合核实一下\n市民:我没干什么啊\n民警:您别紧张,就是核实。如果卡借给别人或者卖给别人用了,要说清楚。我们不会在电话里让您转账或者提供密码,您可以拨110核实我的身份\n市民:好,我明天上午过去",
    "工作人员:您好,这里是{city}12345政务服务便民热线,您上周反映的小区门口路灯不亮的问题,已经转城管部门处理了,想回访一下现在修好了吗?\n市民:修好了,前天晚上就亮了\n工作人员:好的,那您对这次处理结果满意吗?满意请说满意,不满意请说不满意\n市民:满意\n工作人员:感谢您的支持,以后有问题还可以继续拨打12345,再见",
    "【{city}人社】您的{year}年度社会保险个人权益记录已生成,可通过“掌上12333”APP或人社局官网查询。本短信不含任何链接,请勿轻信要求您办理“社保卡升级”的来电。",
    "居委会{surname}阿姨:各位居民,本周六上午社区卫生服务中心为65岁以上老人免费体检,带身份证和医保卡,不用预约\n居民A:需要空腹吗\n居委会{surname}阿姨:要空腹,早上七点半开始抽血\n居民B:我家老人腿脚不好,能上门吗\n居委会{surname}阿姨:可以,私聊我登记,家庭医生下周上门\n居民A:好的,谢谢{surname}阿姨",
    "【国家税务总局{city}市税务局】{year}年度个人所得税综合所得汇算已开始,请通过“个人所得税”APP办理。税务部门不会通过短信链接或电话要求您提供银行卡密码。",
    "【12123】您的机动车{plate}于{date}在{city}[中山路|人民大道|解放路]违法停车,已被记录。请通过“交管12123”APP查询处理。",
    "书记员:喂,您好,请问是{name}吗?我是{city}市东湖区人民法院民一庭的书记员,关于您和物业公司的物业费纠纷,案号{case},定在下周三上午九点在第三调解室进行诉前调解,请带身份证原件和相关证据到法院\n当事人:要交什么钱吗\n书记员:诉讼费是原告预交的,您不需要交。法院也不会在电话里让您转账,您可以拨打12368核实\n当事人:好的,知道了",
    "【{city}气象台】{city}市气象台{date}{time}发布暴雨橙色预警信号:预计未来6小时内将出现50毫米以上降水,请注意防范城市内涝,非必要不外出。",
    "【災防告警】中央氣象署發布颱風警報:今晚起北部及東北部地區有豪雨,請嚴加戒備,避免前往山區及海邊,注意自身安全。",
    "【香港警務處】防騙提示:警方絕不會透過電話要求市民轉賬、提供網上銀行密碼或到指定戶口「保管資金」。如有懷疑,請致電防騙易熱線18222查詢。",
    "你好 我们是社区的普查员 这是我的证件 嗯 就是 二零二五年全国百分之一人口抽样调查 您家正好抽到了 就是登记一下家里住几个人 姓名 年龄 工作这些 不问存款 不问银行卡 也不收钱 嗯 大概十分钟 您看现在方便吗 不方便的话我明天晚上再来 我这个是社区统一安排的 您也可以打居委会电话核实一下 嗯 对 电话在楼道公告栏上贴着",
    "【{city}医保】您的生育津贴{amount}元已审核通过,将发放至您的用人单位账户,由单位转发给您,请注意查收。医保部门不会要求您缴纳任何手续费。",
    "网格员:李大爷,我是社区的小{surname}啊\n大爷:哦小{surname}啊\n网格员:您的养老金资格认证该做了,您不会弄手机的话,明天上午我拿着平板上您家,帮您刷个脸,两分钟的事儿,不收钱\n大爷:前两天还有人打电话说要帮我认证,让我转一百块手续费\n网格员:那是骗子!认证是免费的,千万别转钱。您不放心的话,明天我穿着工作服、带着工作证去",
    "承辦人:您好,這裡是板橋區公所社會課,請問是陳媽媽嗎?您申請的育兒津貼審核通過了,會在下個月十號撥到您申請時填的帳戶\n陳媽媽:喔好,需要我做什麼嗎?\n承辦人:不用喔,什麼都不用做。如果有人打電話說要您去ATM操作才能領津貼,那是詐騙,公所不會這樣\n陳媽媽:好,謝謝你\n承辦人:不客氣,撥款後您會收到公所的通知簡訊,裡面不會有任何連結喔",
    "【{city}东湖区选举委员会】本届区人大代表选举选民登记工作自{date}起开展,请持身份证到所在社区选民登记站核对登记信息。",
  ],
  english: [
    "NHS: Your appointment at {clinic} is on {dateen} at {time}. To cancel or rebook, reply CANCEL or call the surgery. Please do not reply with personal details.",
    "Pharmacist: Hi, this is Walgreens on Main Street calling for {fname}. Just letting you know your prescription is ready for pickup\n{fname}: Oh great, do I owe anything?\nPharmacist: Your insurance went through, so it's just the usual ten-dollar copay when you come in. We're open till nine tonight\n{fname}: Perfect, I'll swing by after work. Thanks!",
    "Rs.{small}.00 debited from A/c XX{d4} on {dateen} via UPI, Ref no {d12}. Not you? Call the customer care number on the back of your card. -SBI",
    "Royal Mail: We tried to deliver your parcel today but no one was in. It's at your local Customer Service Point from tomorrow after 12pm. Bring the card we left and photo ID.",
    "Receptionist: Hello, is that Mrs Patel? It's Sarah from Oakfield Surgery. The doctor's had a look at your blood test results and would like you to come in for a quick chat, nothing urgent\nMrs Patel: Er, okay, yes\nReceptionist: Are you free Thursday at ten-forty?\nMrs Patel: That's fine\nReceptionist: Lovely, I've booked you in. If anything changes just ring us on the usual number. Bye now",
    "Ma: Boy, you coming back for dinner tonight or not? I cooking curry chicken\nMe: Can, reach around 7.30\nMa: OK lah. On the way buy some bread from the bakery downstairs, money I pass you later\nMe: Wholemeal one ah?\nMa: Ya that one. Don't forget hor",
    "Hi {fname}, it's Jess from Bondi Physio. Just a reminder of your appointment tomorrow at {time}. Reply Y to confirm or give us a call to reschedule. Cheers!",
    "Bros, mummy said make you call her when you reach Lagos o. Network dey bad for village so try after 8pm. She said thank you for the provisions, everything reach well well 🙏",
    "Hi po Ma'am, Kuya Jun po ito from Lalamove, andito na po ako sa gate niyo, white van po plate NCB 4521. Paid na po ng sender yung delivery fee so wala na po kayong babayaran. Salamat po!",
    "HMRC: Your Self Assessment tax return for the {year} tax year is due by 31 January. Sign in to your HMRC online account through GOV.UK to file. HMRC will never ask for your bank details by text.",
    "Hi, this is Karen, the nurse at Lincoln Elementary. Nothing to worry about, Maya's fine, she just has a slight temperature, about a hundred point four, so per district policy she needs to go home. Could you or someone on her pickup list come get her in the next hour? Just check in at the front office with your ID. Thanks so much.",
    "Maybank: RM{small}.00 has been transferred from your account ending {d4} on {dateen} {time}. If you did not perform this transaction, please call Maybank Group Customer Care immediately.",
    "Recruiter: Hello, am I speaking with Mr. Arjun? This is Priya from Infosys talent acquisition, Bangalore. We got your profile from Naukri for the Java developer role. Is this a good time?\nArjun: Yes, please go ahead\nRecruiter: We'd like to schedule a technical round on Friday at 11 AM over Teams. The invite will come from our official infosys.com email. And just to be clear, we never charge candidates any fee at any stage\nArjun: Okay, noted. Thank you",
    "Thank you for donating £5 to Macmillan Cancer Support. Your text costs £5 plus one standard network rate message. To opt out of calls and texts reply STOP.",
    "{operatoren}: You've used 80% of your monthly data allowance. You can add more data in the {operatoren} app. Your allowance resets on {dateen}.",
    "Agent: G'day, it's Mel from Ray White property management, calling about the routine inspection at unit 4, 22 Smith Street\nTenant: Oh yeah, when is it?\nAgent: Tuesday the 3rd, between ten and twelve. You don't need to be home, we'll use the office key. I'll email the formal entry notice today as per the Act\nTenant: No worries, I'll tidy up\nAgent: Ta, have a good one",
  ],
};
