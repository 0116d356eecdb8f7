### 简体中文。各条消息及其变量的说明见 en.ftl。

## 标签

resume = 个人简历
contacts = 联系方式
updated = 更新于
specialisations = 专业方向：
employment = 工作类型：
experience = 工作经历
present = 至今
achievements = 主要成就
skills = 专业技能
about = 自我评价
education = 教育背景
higher_education = 高等教育
higher_level = 高等
languages = 语言能力
courses = 培训与证书
motto = 座右铭

## 语法：汉语的 CLDR 复数类别只有 other。

years = { $n }年
months = { $n }个月
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
month_year = { $year }年{ $month }月
date_long = { $year }年{ $month }月{ $day }日
date_short = { $yyyy }-{ $mm }-{ $dd }
age = { $age }岁
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

## 短语

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }

## 供机器读取的语言信息

og_locale = zh_CN
# Chinese is not written in an alphabet: no long word is hyphenated as Chinese.
alphabet = {""}

## 导入：cvpdf import 写入所生成简历的词语（见 en.ftl）。

import_additional = 其他信息
import_other = 其他
import_recommendations = 推荐信
import_portfolio = 作品集
import_volunteering = 志愿服务
import_awards = 获奖情况
import_honors = 荣誉与奖项
import_publications = 发表作品
import_interests = 兴趣爱好
import_projects = 项目
import_certificates = 证书
import_coursework = 课程
import_undated_work = 其他经历
import_undated_education = 其他教育经历
import_schedule = 工作时间安排
import_travel_time = 通勤时间
import_citizenship = 国籍
import_work_permit = 工作许可
import_driving_licence = 驾照类型
import_vehicle_yes = 有私家车
import_vehicle_no = 无私家车
import_education_level = 学历
import_profession_area = 专业领域
import_preferred = 首选联系方式
import_score = 成绩
import_keywords = 关键词
import_roles = 职位
import_level_not_given = 未注明水平
import_level_native = 母语或双语
import_level_full_professional = 完全专业水平
import_level_professional_working = 专业工作水平
import_level_limited_working = 有限工作水平
import_level_elementary = 初级
import_name_placeholder = 姓名
import_headline_placeholder = 求职意向
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
