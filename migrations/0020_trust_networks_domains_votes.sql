-- Issue 20 (trust): reporter networks, official domains, appeals that do not whitelist forever, votes.
-- Keys an admin created with "trustedReporter": true count their users as distinct reporters.
ALTER TABLE `api_keys` ADD `trusted_reporter` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- Official domains of institutions: trusted like official numbers (seeded below, managed by admins).
CREATE TABLE `official_domains` (
	`domain` text PRIMARY KEY NOT NULL,
	`organization` text NOT NULL,
	`source` text DEFAULT 'seed' NOT NULL,
	`created_at` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `official_domains_org_idx` ON `official_domains` (`organization`);
--> statement-breakpoint
-- The appellant's network pseudonym (never the address), for the per-network appeal limit.
ALTER TABLE `appeals` ADD `network` text;
--> statement-breakpoint
CREATE INDEX `appeals_network_idx` ON `appeals` (`network`, `created_at`);
--> statement-breakpoint
-- "This is a genuine sender / site": one row per vote; a withdrawn vote is deleted.
CREATE TABLE `votes` (
	`id` text PRIMARY KEY NOT NULL,
	`target_type` text NOT NULL,
	`target` text NOT NULL,
	`voter` text NOT NULL,
	`vote` text NOT NULL,
	`comment` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `votes_target_idx` ON `votes` (`target_type`, `target`, `voter`, `created_at`);
--> statement-breakpoint
-- Official-domain seed from data/official_domains.tsv (metowolf/vCards field basic.url, commit
-- b1a346c3354e559fd10f9060325e1565b140fc80, MIT; see data/README.md).
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('dxzq.net', '东兴证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('dfzq.com.cn', '东方证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('eastmoney.com', '东方财富', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('dgzq.com.cn', '东莞证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('ecitic.com', '中信证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cic.cn', '中华保险', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('picc.com', '中国人保', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('chinalife.com.cn', '中国人寿', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cntaiping.com', '中国太平', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('pingan.com', '中国平安', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('manulife-sinochem.com', '中宏保险', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cicc.com.cn', '中金公司', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('xyzq.com.cn', '兴业证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('htsc.com.cn', '华泰证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('10jqka.com.cn', '同花顺', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('schwab.com', '嘉信理财', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('guosen.com.cn', '国信证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('essence.com.cn', '国投证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('gtht.com', '国泰海通证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('95590.cn', '大地保险', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cpic.com.cn', '太平洋保险', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('axa.cn', '安盛保险', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('futunn.com', '富途证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('gf.com.cn', '广发证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cmschina.com', '招商证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('efunds.com.cn', '易方达', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('taikang.com', '泰康人寿', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('interactivebrokers.com', '盈透证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('chinastock.com.cn', '银河证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('sinosig.com', '阳光保险', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('xueqiu.com', '雪球', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('snowballsecurities.com', '雪盈证券', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('commbank.com.au', 'CommBank', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('mastercard.com.cn', '万事达', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('shrcb.com', '上海农村商业银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('bosc.cn', '上海银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('srbank.cn', '上饶银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('drcbank.com', '东莞农商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('dongguanbank.cn', '东莞银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('citicbank.com', '中信银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cncbinternational.com', '中信银行（国际）', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('zybank.com.cn', '中原银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('abchina.com', '中国农业银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('icbc.com.cn', '中国工商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('ccb.com', '中国建设银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cmbc.com.cn', '中国民生银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('psbc.com', '中国邮政储蓄银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('unionpay.com', '中国银联', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('boc.cn', '中国银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('bochk.com', '中国银行（香港）', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('lsccb.com', '乐山市商业银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('jjccb.com', '九江银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('ynrcc.com', '云南省农村信用社', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('bankcomm.com', '交通银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('jdpay.com', '京东支付', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('za.group', '众安银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cebbank.com', '光大银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cib.com.cn', '兴业银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('bankofbeijing.com.cn', '北京银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('welab.bank', '匯立銀行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('hxb.com.cn', '华夏银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('njcb.com.cn', '南京银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('xib.com.cn', '厦门国际银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('hrbb.com.cn', '哈尔滨银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cdb.com.cn', '国家开发银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('bankofdl.com', '大连银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('bankoftianjin.com', '天津银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('nbcb.com.cn', '宁波银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('fudian-bank.com', '富滇银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('shanxinj.com', '山西农商联合银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('gdrcu.com', '广东农信', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cgbchina.com.cn', '广发银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('grcbank.com', '广州农村商业银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('gzcb.com.cn', '广州银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('gx966888.com', '广西农商联合银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('webank.com', '微众银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('hsbank.com.cn', '徽商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('bocd.com.cn', '成都银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cmbchina.com', '招商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('klb.cn', '昆仑银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('hzbank.com.cn', '杭州银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('guilinbank.com.cn', '桂林银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('whrcbank.com', '武汉农商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('hsbc.com.cn', '汇丰银行（中国）', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('hsbc.com.hk', '汇丰银行（香港）', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('96558.com', '汉口银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('jnbank.com.cn', '江南农商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('jsbchina.cn', '江苏银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('jxnxs.com', '江西农商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('jx-bank.com', '江西银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('zjtlcb.com', '泰隆银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('czbank.com', '浙商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('zj96596.com', '浙江农商联合银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('spdb.com.cn', '浦发银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('ftyzb.com', '深圳福田银座村镇银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cbhb.com.cn', '渤海银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('hbxh.com.cn', '湖北省农村信用社(农商银行)', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('csxbank.com', '湖南三湘银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('hunan-bank.com', '湖南银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('shengjingbank.com.cn', '盛京银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('americanexpress.com.cn', '美国运通', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('citibank.com.cn', '花旗银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('szrcb.com', '苏州农商银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('zzbank.cn', '郑州银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cqrcb.com', '重庆农村商业银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cqcbank.com', '重庆银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('chinaums.com', '银联商务', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('gwbank.com.cn', '长城华西银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('bankofchangsha.com', '长沙银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('qdccb.com', '青岛银行', 'seed', 0);
--> statement-breakpoint
INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('lj-bank.com', '龙江银行', 'seed', 0);
