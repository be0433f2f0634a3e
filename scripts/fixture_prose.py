"""Newspaper prose for the synthetic fixture pages (see make_fixtures.py).

Written for these fixtures: each topic has kickers, headlines, sentences and a
photo caption; the renderer picks and shuffles them with a seeded generator, so
pages differ while every word stays plausible newspaper copy.
"""

from __future__ import annotations

ZH_TOPICS: list[dict[str, list[str]]] = [
    {
        "kicker": ["——聚焦春季农业生产", "春耕时节看田间"],
        "headline": ["全市春耕备耕有序推进", "科技助力春播提质增效", "高标准农田建设跑出加速度"],
        "sentences": [
            "连日来，全市各地抢抓晴好天气，组织农民开展春耕备耕，田间地头一派繁忙景象。",
            "在城东镇的育秧工厂里，工作人员正在检查秧苗长势，一排排秧盘整齐摆放。",
            "市农业农村局有关负责人介绍，今年全市计划种植粮食作物一百二十万亩。",
            "为保障农资供应，各供销网点提前储备了化肥、种子和农药，价格总体平稳。",
            "农技人员深入村组，手把手指导农户科学施肥，推广节水灌溉技术。",
            "种粮大户李建国告诉记者，今年他流转了三百亩土地，全部采用机械化播种。",
            "据了解，全市已建成高标准农田四十六万亩，灌溉条件明显改善。",
            "气象部门提醒，近期气温回升较快，农户要注意防范倒春寒对秧苗的影响。",
            "多个乡镇还组织了农机维修服务队，上门为农户检修拖拉机和插秧机。",
            "业内人士表示，稳住粮食生产基本盘，对保障市场供应具有重要意义。",
        ],
        "caption": [
            "城东镇种粮大户在田间操作无人机喷洒作业。",
            "育秧工厂内，工作人员查看秧苗长势。",
        ],
    },
    {
        "kicker": ["地铁三号线建设进展", "出行"],
        "headline": ["地铁三号线全线贯通", "城市公交线网优化调整", "市民出行更加便捷"],
        "sentences": [
            "昨日上午，随着最后一台盾构机顺利出洞，地铁三号线实现全线贯通。",
            "该线路全长二十八公里，共设车站二十二座，连接老城区与高新区。",
            "项目负责人表示，施工期间克服了地质条件复杂、管线密集等困难。",
            "线路开通后，从火车站到大学城的通行时间将由一个多小时缩短至四十分钟。",
            "与此同时，公交集团将同步调整十余条公交线路，做好地铁与公交的接驳。",
            "不少沿线居民表示，期待地铁早日通车，上下班将不再为堵车发愁。",
            "据悉，三号线将于年底前完成轨道铺设和设备安装，明年上半年试运行。",
            "交通部门提醒，施工路段仍实行临时交通管制，请市民合理安排出行路线。",
            "记者在现场看到，工人们正在对隧道内壁进行清理和检测。",
        ],
        "caption": ["盾构机在三号线终点站顺利出洞。", "工人在隧道内进行设备检测。"],
    },
    {
        "kicker": ["文化惠民", "——非遗传承在身边"],
        "headline": ["老街非遗市集人气旺", "社区书屋成为居民精神家园", "博物馆夜场受追捧"],
        "sentences": [
            "周末的老街上，剪纸、糖画、竹编等非遗项目摊位前围满了市民和游客。",
            "今年六十八岁的剪纸艺人王秀英现场展示技艺，一把剪刀在红纸上翻飞。",
            "主办方介绍，本次市集共邀请四十余位非遗传承人参展，持续三天。",
            "许多家长带着孩子前来体验，孩子们在老师指导下亲手制作了灯笼。",
            "近年来，我市不断加大非遗保护力度，建立了市级非遗项目名录。",
            "社区书屋每天开放十二个小时，藏书超过八千册，还提供免费无线网络。",
            "市博物馆推出夜间开放活动，每周五和周六延长开放至晚上九点。",
            "一位外地游客说，没想到在这里能近距离感受传统手工艺的魅力。",
            "文化部门表示，将继续举办形式多样的文化活动，丰富群众精神生活。",
        ],
        "caption": ["剪纸艺人在老街市集上展示技艺。", "孩子们在书屋里阅读。"],
    },
    {
        "kicker": ["经济观察", "——一季度经济运行综述"],
        "headline": ["一季度外贸进出口稳中有升", "小微企业贷款增速加快", "消费市场持续回暖"],
        "sentences": [
            "记者从市商务局获悉，一季度全市外贸进出口总额同比增长百分之六点八。",
            "其中，机电产品出口增长较快，新能源汽车和锂电池成为新的增长点。",
            "市场人士分析，外贸企业积极开拓新兴市场，订单总体保持稳定。",
            "金融机构加大对小微企业的支持力度，普惠小微贷款余额持续增长。",
            "商场、餐饮和文旅消费明显升温，节假日期间客流量创下新高。",
            "一家家电企业负责人说，今年以来海外订单排到了六月份。",
            "统计部门数据显示，社会消费品零售总额同比增长百分之五点二。",
            "专家建议，要进一步优化营商环境，稳定企业预期，激发市场活力。",
            "多家银行推出了线上信贷产品，企业最快当天就能拿到贷款。",
        ],
        "caption": ["港口集装箱码头一派繁忙。", "市民在商场选购家电产品。"],
    },
    {
        "kicker": ["生态环境", "——守护一江碧水"],
        "headline": ["江滩湿地迎来候鸟越冬", "河道治理让水更清岸更绿", "空气质量优良天数增加"],
        "sentences": [
            "入冬以来，江滩湿地陆续迎来数千只候鸟，其中包括多种国家重点保护鸟类。",
            "湿地保护站工作人员每天定时巡护，记录鸟类种类和数量变化。",
            "经过三年综合治理，城区主要河道水质稳定达到三类标准。",
            "沿河新建的绿道成为市民散步、骑行的好去处，周末游人如织。",
            "环保部门加强了对工业企业的监管，对超标排放行为依法查处。",
            "观鸟爱好者陈先生说，今年看到的鸟比往年多了不少，拍到了白鹤。",
            "据监测，去年全市空气质量优良天数比例达到百分之八十七。",
            "志愿者们还定期开展清洁河岸活动，向市民宣传生态保护知识。",
            "有关部门表示，将继续推进生态修复，让城市与自然和谐共处。",
        ],
        "caption": ["候鸟在江滩湿地觅食嬉戏。", "治理后的河道两岸绿意盎然。"],
    },
    {
        "kicker": ["教育", "关注校园生活"],
        "headline": ["新建学校秋季投入使用", "课后服务实现全覆盖", "青少年科技创新大赛举行"],
        "sentences": [
            "今年秋季，全市将有十二所新建和改扩建学校投入使用，新增学位一万余个。",
            "课后服务已覆盖全市所有义务教育学校，开设了科技、体育和艺术课程。",
            "在第二十届青少年科技创新大赛上，学生们展示了自己设计的机器人和小发明。",
            "一名初二学生设计的智能浇花装置，可根据土壤湿度自动浇水。",
            "教育部门负责人介绍，将进一步推进优质教育资源均衡配置。",
            "家长们普遍反映，课后服务解决了接送难题，孩子的作业也能在校完成。",
            "多所学校还开设了劳动教育课，学生在校园农场里种植蔬菜。",
            "据悉，市里还将招聘新教师六百名，充实一线教学力量。",
        ],
        "caption": ["学生在科技创新大赛上展示作品。", "孩子们在校园农场里劳动。"],
    },
]

ZH_REPORTERS = ["张伟", "王明", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "周婷", "吴昊", "孙悦"]
ZH_BRIEF_OPENERS = ["本报讯（记者 {name}）", "本报讯（通讯员 {name}）"]

EN_TOPICS: list[dict[str, list[str]]] = [
    {
        "kicker": ["CITY COUNCIL", "BUDGET"],
        "headline": [
            "Council Approves New Budget After Long Debate",
            "City Plans to Repair Old Bridges",
            "Tax Rate Unchanged for Third Year",
        ],
        "sentences": [
            "The city council voted six to three on Tuesday night to approve a budget of "
            "four hundred million dollars for the coming year.",
            "Supporters said the plan protects essential services while keeping the tax rate "
            "where it has been since the spring of last year.",
            "Opponents argued that the budget relies too heavily on reserve funds and will "
            "leave the city exposed if revenue falls.",
            "The largest increase goes to road repair, with twelve million dollars set aside "
            "for bridges on the east side of the river.",
            "Several residents spoke during the public comment period, most of them asking "
            "for longer library hours and better bus service.",
            "The mayor praised the council for reaching an agreement before the deadline.",
            "Officials said the first repair contracts could be signed as early as next month.",
            "A final vote on the capital plan is expected at the next regular meeting.",
            "The finance director warned that rising fuel costs could strain the budget.",
        ],
        "caption": [
            "Council members listen to residents during Tuesday's public hearing.",
            "Traffic crosses the Main Street bridge, one of the spans due for repair.",
        ],
    },
    {
        "kicker": ["WEATHER", "STORM WATCH"],
        "headline": [
            "Heavy Rain Floods Low Streets Downtown",
            "Storm Leaves Thousands Without Power",
            "River Expected to Crest on Friday",
        ],
        "sentences": [
            "A line of heavy storms moved through the region on Monday afternoon, dropping "
            "nearly three inches of rain in less than two hours.",
            "Water covered several low streets near the harbor, and police closed two "
            "intersections until the drains could catch up.",
            "The power company said about eight thousand customers lost electricity at the "
            "height of the storm.",
            "Crews worked through the night to clear fallen trees from power lines in the "
            "northern neighborhoods.",
            "Forecasters expect the river to rise slowly and crest late on Friday, just "
            "below flood stage.",
            "Emergency officials urged drivers not to cross flooded roads and to report "
            "downed lines at once.",
            "Schools opened two hours late on Tuesday because several bus routes were blocked.",
            "Farmers welcomed the rain after a dry spring but worried about damage to young "
            "crops in the valley.",
        ],
        "caption": [
            "A delivery truck makes its way through a flooded street near the harbor.",
            "Crews clear a fallen tree from power lines on Elm Avenue.",
        ],
    },
    {
        "kicker": ["SCHOOLS", "EDUCATION"],
        "headline": [
            "New Library Opens Its Doors to Students",
            "School Board Weighs Later Start Times",
            "Science Fair Draws Record Crowd",
        ],
        "sentences": [
            "Hundreds of students and parents lined up on Saturday morning for the opening "
            "of the new public library on Oak Street.",
            "The building holds more than sixty thousand books and a room set aside for "
            "quiet study in the evenings.",
            "Librarians said more than four hundred people signed up for library cards on "
            "the first day alone.",
            "The school board is considering a plan to start high school classes forty "
            "minutes later in the fall.",
            "Parents who spoke at the meeting were divided, with some worried about sports "
            "practice and working schedules.",
            "At the science fair, a fourth grader showed a small machine that sorts paper "
            "from plastic in the recycling bin.",
            "Teachers said the number of entries has doubled since the fair moved to the "
            "high school gym.",
            "The board will hold another public hearing before taking a final vote.",
        ],
        "caption": [
            "Children browse the shelves on the opening day of the Oak Street library.",
            "A student explains her project to judges at the science fair.",
        ],
    },
    {
        "kicker": ["BUSINESS", "LOCAL ECONOMY"],
        "headline": [
            "Factory Hiring Brings Jobs Back to Mill Town",
            "Downtown Shops Report Busy Holiday Season",
            "Port Traffic Rises for Fifth Month",
        ],
        "sentences": [
            "The old textile mill on the river will reopen this summer as a plant that "
            "builds parts for electric buses.",
            "The company expects to hire about three hundred workers over the next two "
            "years, many of them from the surrounding county.",
            "Local officials said the project is the largest private investment in the town "
            "in more than a decade.",
            "Shop owners downtown said sales were strong in December, helped by mild weather "
            "and a new parking garage.",
            "Traffic at the port rose for the fifth month in a row, led by shipments of "
            "grain and machinery.",
            "The chamber of commerce plans a job fair next month at the community college.",
            "Economists cautioned that higher interest rates could slow new construction "
            "later in the year.",
            "Several restaurants have extended their hours to serve the growing evening crowd.",
        ],
        "caption": [
            "Workers prepare the old mill floor for new machinery.",
            "Shoppers fill Market Street on the last weekend before the holidays.",
        ],
    },
    {
        "kicker": ["HEALTH", "COMMUNITY"],
        "headline": [
            "Clinic Offers Free Checkups on Weekends",
            "Hospital Adds Beds as Winter Cases Rise",
            "Volunteers Deliver Meals to Older Residents",
        ],
        "sentences": [
            "The community clinic on Fifth Street will offer free checkups every Saturday "
            "morning through the end of March.",
            "Nurses will check blood pressure and answer questions about flu shots, which "
            "remain available at no cost.",
            "The county hospital opened a ward of twenty new beds last week to handle a rise "
            "in winter illness.",
            "Doctors said most patients are older adults and young children with "
            "breathing problems.",
            "A group of volunteers now delivers hot meals to more than two hundred older "
            "residents who live alone.",
            "Organizers said they need more drivers, especially for routes in the hills "
            "north of town.",
            "Health officials urged residents to wash their hands often and to stay home "
            "when they feel sick.",
            "The clinic is paid for by a state grant and donations from local businesses.",
        ],
        "caption": [
            "A nurse checks a patient's blood pressure at the Fifth Street clinic.",
            "A volunteer loads meals into her car before the morning route.",
        ],
    },
    {
        "kicker": ["SPORTS", "HIGH SCHOOL"],
        "headline": [
            "Tigers Win Title in Overtime Thriller",
            "Coach Retires After Thirty Seasons",
            "New Field Ready for Spring Games",
        ],
        "sentences": [
            "The Central High Tigers won the state title on Saturday with a late goal in "
            "overtime before a crowd of five thousand.",
            "Senior forward Maria Lopez scored twice, including the winner from just inside "
            "the penalty area.",
            "The Tigers trailed by a goal at halftime but controlled the play after the break.",
            "Coach Frank Miller, who led the team for thirty seasons, said he will retire at "
            "the end of the school year.",
            "Former players gathered after the game to thank him for years of early "
            "mornings and long bus trips.",
            "The new turf field behind the school is ready for spring games after months of "
            "delays caused by rain.",
            "The booster club raised most of the money with car washes and bake sales.",
            "Tickets for the spring opener go on sale at the school office on Monday.",
        ],
        "caption": [
            "Maria Lopez celebrates her winning goal in overtime.",
            "Coach Frank Miller talks with players before the final.",
        ],
    },
]

EN_REPORTERS = [
    "John Carter",
    "Emily Hayes",
    "Robert Chen",
    "Sarah Mitchell",
    "David Moore",
    "Laura Bennett",
    "James Ortiz",
    "Anna Walsh",
]
EN_PHOTOGRAPHERS = ["Tom Reed", "Lisa Grant", "Mark Ellis", "Nina Park"]
