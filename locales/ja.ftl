### 日本語。各メッセージとその変数の説明は en.ftl にある。
### Needs a native reader's review: see README.md in this folder.

## 見出し

resume = 職務経歴書
contacts = 連絡先
updated = 更新日
specialisations = 専門分野：
employment = 雇用形態：
experience = 職務経歴
present = 現在
achievements = 実績
skills = スキル
about = 自己紹介
education = 学歴
higher_education = 高等教育
higher_level = 大学
languages = 語学
courses = 研修・資格
motto = モットー
# The publication words need a native reader's review.
publications = 研究業績
publication_group =
    { $kind ->
        [article] 学術論文
        [conference] 国際会議・学会発表論文
        [book] 著書・分担執筆
        [thesis] 学位論文
        [report] 報告書
        [talk] 講演
        [preprint] プレプリント
       *[other] その他の業績
    }

## 文法：CLDR の日本語の複数カテゴリは other のみで、名詞は変化しない。
## 数字と単位の間に空白を入れない（「2年4か月」）。

years =
    { PLURAL($n) ->
       *[other] { $n }年
    }
months =
    { PLURAL($n) ->
       *[other] { $n }か月
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
date_short = { $yyyy }/{ $mm }/{ $dd }
range_start = { $start }{ "\u00A0" }～
range = { $start }～{ $end }
list_separator = { "、" }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
       *[other] { $age }歳
    }
age_line =
    { $gender ->
        [male] 男性、{ age }、{ date_long }生まれ
        [female] 女性、{ age }、{ date_long }生まれ
       *[none] { age }、{ date_long }生まれ
    }

gender_word =
    { $gender ->
        [male] 男性
       *[female] 女性
    }

born =
    { $gender ->
        [male] { $date }生まれ
        [female] { $date }生まれ
       *[none] { $date }生まれ
    }

## Facts (see en.ftl)

language = 日本語
    .direction = ltr
    .script = Jpan
    .hyphenation = none
    .iso639_3 = jpn

og_locale = ja_JP

# The letters of the alphabet, in lower case (see en.ftl).
# Not written in an alphabet: no long word is hyphenated in this language.
alphabet = {""}


## カバーレター。頭語「拝啓」と結語「敬具」で書く。宛名の「様」は宛先の
## 名前に含める（`name: 山田太郎様`）。日付には場所を入れない。

letter_date = { $date }
letter_place_date = { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] 拝啓
        [female] 拝啓
       *[none] 拝啓
    }
letter_salutation_default = 拝啓
letter_closing = 敬具
letter_enclosures =
    { PLURAL($n) ->
       *[other] 添付書類
    }
letter_title = カバーレター — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = 補足情報
import_other = その他
import_recommendations = 推薦
import_portfolio = ポートフォリオ
import_volunteering = ボランティア活動
import_awards = 受賞歴
import_honors = 栄誉・表彰
import_interests = 興味・関心
import_projects = プロジェクト
import_certificates = 資格・認定
import_coursework = 履修科目
import_undated_work = その他の職歴
import_undated_education = その他の学歴
import_schedule = 勤務形態
import_travel_time = 通勤時間
import_citizenship = 国籍
import_work_permit = 就労許可
import_driving_licence = 運転免許の種類
import_vehicle_yes = 自家用車あり
import_vehicle_no = 自家用車なし
import_education_level = 最終学歴
import_profession_area = 職種分野
import_preferred = 希望の連絡方法
import_score = スコア
import_keywords = キーワード
import_roles = 役割
import_level_not_given = レベル未記入
import_level_native = ネイティブ／バイリンガル
import_level_full_professional = ビジネス上級
import_level_professional_working = ビジネス
import_level_limited_working = 日常会話
import_level_elementary = 初級
import_name_placeholder = 姓 名
import_headline_placeholder = 希望職種
import_company_placeholder = 会社名未記入
import_image = 画像

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] 自己紹介, 自己PR, 自己ＰＲ, 職務要約, 概要, プロフィール, 志望動機, モットー
        [experience] 職務経歴, 職歴, 職務内容, 職務経験, 業務経験, 実務経験
        [education] 学歴, 学業
        [skills] スキル, 保有スキル, テクニカルスキル, 技術, 技術スタック, 専門知識, 得意分野, 活かせる経験・知識・技術
        [languages] 語学, 語学力, 語学スキル, 外国語, 言語
        [courses] 資格, 免許・資格, 資格・免許, 研修, 研修・資格, 受講歴, 講座
        [projects] プロジェクト, 主なプロジェクト
        [publications] 論文, 発表, 講演, 著書, 執筆
        [awards] 受賞歴, 受賞, 表彰, 実績
        [interests] 趣味, 特技, 趣味・特技, 興味・関心
        [volunteering] ボランティア, ボランティア活動, 社会貢献活動
        [references] 推薦者, 照会先
       *[contacts] 連絡先, 個人情報, 基本情報
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
ats-present = 現在, 現在に至る, 在職中, 現職, 継続中
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = cvpdf 用の職務経歴書です。例をご自身の情報に置き換えて、次を実行してください：
starter_markdown = 本文では Markdown が使えます：**太字**、_斜体_、[リンク](https://…)、`コード`。
starter_updated = 最終更新日：年齢と在籍期間はこの日までで計算されます
starter_photo = 写真をご自身のものに差し替えてください
starter_gender = { "" }
starter_name = 山田 太郎
starter_city = 東京
starter_relocation = 転居可
starter_status = 転職活動中
starter_phone = +81 3-0000-0000
starter_headline = バックエンドエンジニア
starter_specialisation = ソフトウェア開発
starter_employment = 正社員
starter_about = 何をしているか、何が得意かを数行で。
starter_company = 株式会社サンプル
starter_company_earlier = 株式会社スタート
starter_position = シニアエンジニア
starter_position_earlier = エンジニア
starter_item = 取り組んだことと、その成果
starter_item_earlier = この職場での主な実績
starter_native_language = 日本語
starter_native_level = ネイティブ
starter_foreign_language = 英語
starter_foreign_level = TOEIC 800
starter_institution = 大学名
starter_level = 学士
starter_faculty = 情報工学
