### 中文（简体）。各条消息及其变量的说明见 en.ftl。
### Needs a native reader's review: see README.md in this folder.

## 标签

resume = 个人简历
contacts = 联系方式
updated = 更新于
specialisations = 专业方向：
employment = 工作性质：
experience = 工作经历
present = 至今
achievements = 主要成就
skills = 专业技能
about = 个人简介
education = 教育背景
higher_education = 高等教育
higher_level = 本科
languages = 语言能力
courses = 培训与证书
motto = 座右铭
# The publication words need a native reader's review.
publications = 发表成果
publication_group =
    { $kind ->
        [article] 期刊论文
        [conference] 会议论文
        [book] 著作与章节
        [thesis] 学位论文
        [report] 报告
        [talk] 演讲
        [preprint] 预印本
       *[other] 其他成果
    }

## 语法：CLDR 中文只有 other 一个复数类别，名词没有单复数变化。
## 数字与汉字之间不加空格（「2年4个月」）。

years =
    { PLURAL($n) ->
       *[other] { $n }年
    }
months =
    { PLURAL($n) ->
       *[other] { $n }个月
    }
duration = { $years }{ $months }
month =
    { $month ->
        [1] 1月
        [2] 2月
        [3] 3月
        [4] 4月
        [5] 5月
        [6] 6月
        [7] 7月
        [8] 8月
        [9] 9月
        [10] 10月
        [11] 11月
       *[12] 12月
    }
month_genitive = { month }
month_year = { $year }年{ month }
date_long = { $year }年{ month_genitive }{ $day }日
date_short = { $yyyy }-{ $mm }-{ $dd }
range_start = { $start }{ "\u00A0" }—
range = { $start } — { $end }
list_separator = { "，" }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
       *[other] { $age }岁
    }
age_line =
    { $gender ->
        [male] 男，{ age }，{ date_long }出生
        [female] 女，{ age }，{ date_long }出生
       *[none] { age }，{ date_long }出生
    }

gender_word =
    { $gender ->
        [male] 男
       *[female] 女
    }

born =
    { $gender ->
        [male] { $date }出生
        [female] { $date }出生
       *[none] { $date }出生
    }

## Facts (see en.ftl)

language = 中文（简体）
    .direction = ltr
    .script = Hans
    .hyphenation = none
    .iso639_3 = cmn

og_locale = zh_CN
# Chinese is not written in an alphabet: no long word is hyphenated as Chinese.
alphabet = {""}


## 求职信。日期写在右上方，地点写在日期之后（「2026年12月7日于北京」）。
## 结尾敬语写在一行（「此致敬礼！」）。

letter_date = { $date }
letter_place_date = { $date }于{ $place }
letter_side = right
letter_salutation =
    { $gender ->
        [male] 尊敬的{ $name }先生：
        [female] 尊敬的{ $name }女士：
       *[none] 尊敬的{ $name }：
    }
letter_salutation_default = 尊敬的招聘负责人：
letter_closing = 此致敬礼！
letter_enclosures =
    { PLURAL($n) ->
       *[other] 附件
    }
letter_title = 求职信 — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = 补充信息
import_other = 其他
import_recommendations = 推荐信
import_portfolio = 作品集
import_volunteering = 志愿服务
import_awards = 荣誉奖项
import_honors = 荣誉与奖项
import_interests = 兴趣爱好
import_projects = 项目经历
import_certificates = 证书
import_coursework = 所修课程
import_undated_work = 其他工作经历
import_undated_education = 其他教育经历
import_schedule = 工作时间
import_travel_time = 通勤时间
import_citizenship = 国籍
import_work_permit = 工作许可
import_driving_licence = 驾照类型
import_vehicle_yes = 有私家车
import_vehicle_no = 无私家车
import_education_level = 学历
import_profession_area = 职业领域
import_preferred = 首选联系方式
import_score = 评分
import_keywords = 关键词
import_roles = 角色
import_level_not_given = 未注明水平
import_level_native = 母语或双语
import_level_full_professional = 完全专业水平
import_level_professional_working = 专业工作水平
import_level_limited_working = 有限工作水平
import_level_elementary = 初级
import_name_placeholder = 姓名
import_headline_placeholder = 期望职位
import_company_placeholder = 未注明公司
import_image = 图片

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] 自我评价, 个人简介, 个人总结, 简介, 求职意向, 个人评价, 关于我, 座右铭
        [experience] 工作经历, 工作经验, 工作履历, 职业经历, 实习经历
        [education] 教育背景, 教育经历, 学历, 教育
        [skills] 专业技能, 技能, 技能特长, 专业能力, 技术能力, 技术栈
        [languages] 语言能力, 语言, 外语能力
        [courses] 培训经历, 证书, 资格证书, 培训, 课程
        [projects] 项目经历, 项目经验, 项目
        [publications] 发表, 论文, 演讲, 出版物
        [awards] 获奖情况, 荣誉, 奖项, 荣誉奖项
        [interests] 兴趣爱好, 爱好
        [volunteering] 志愿者经历, 志愿服务
        [references] 推荐人
       *[contacts] 联系方式, 个人信息, 基本信息
    }
ats-months =
    { $month ->
        [1] 一月
        [2] 二月
        [3] 三月
        [4] 四月
        [5] 五月
        [6] 六月
        [7] 七月
        [8] 八月
        [9] 九月
        [10] 十月
        [11] 十一月
       *[12] 十二月
    }
ats-present = 至今, 现在, 目前
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = 这是 cvpdf 的简历文件。请用您自己的信息替换示例，然后运行：
starter_markdown = 文本可以使用 Markdown：**粗体**、_斜体_、[链接](https://…)、`代码`。
starter_updated = 最后修改日期：年龄和工作年限都计算到这一天
starter_photo = 请换成您自己的照片
starter_gender = { "" }
starter_name = 张伟
starter_city = 北京
starter_relocation = 可接受异地工作
starter_status = 正在看机会
starter_phone = +86 10 0000 0000
starter_headline = 后端开发工程师
starter_specialisation = 软件开发
starter_employment = 全职
starter_about = 用几句话介绍您做什么、最擅长什么。
starter_company = 示例科技有限公司
starter_company_earlier = 起点网络有限公司
starter_position = 高级开发工程师
starter_position_earlier = 开发工程师
starter_item = 您做了什么，取得了什么成果
starter_item_earlier = 您在这份工作中的主要成就
starter_native_language = 中文
starter_native_level = 母语
starter_foreign_language = 英语
starter_foreign_level = CET-6
starter_institution = 您的大学
starter_level = 本科
starter_faculty = 计算机科学与技术
