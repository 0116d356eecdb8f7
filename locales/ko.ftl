### 한국어. 메시지와 변수에 대한 설명은 en.ftl에 있다.
### Needs a native reader's review: see README.md in this folder.

## 제목

resume = 이력서
contacts = 연락처
updated = 최종 수정일
specialisations = 전문 분야:
employment = 고용 형태:
experience = 경력
present = 현재
achievements = 주요 성과
skills = 기술
about = 자기소개
education = 학력
higher_education = 고등 교육
higher_level = 대학교
languages = 외국어
courses = 교육 및 자격증
motto = 좌우명
# The publication words need a native reader's review.
publications = 연구 실적
publication_group =
    { $kind ->
        [article] 학술지 논문
        [conference] 학술대회 논문
        [book] 저서 및 장
        [thesis] 학위논문
        [report] 보고서
        [talk] 발표
        [preprint] 프리프린트
       *[other] 기타 실적
    }

## 문법: CLDR의 한국어 복수 범주는 other 하나이며 명사는 변하지 않는다.
## 숫자와 단위 사이는 띄지 않는다(「2년 4개월」).

years =
    { PLURAL($n) ->
       *[other] { $n }년
    }
months =
    { PLURAL($n) ->
       *[other] { $n }개월
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] 1월
        [2] 2월
        [3] 3월
        [4] 4월
        [5] 5월
        [6] 6월
        [7] 7월
        [8] 8월
        [9] 9월
        [10] 10월
        [11] 11월
       *[12] 12월
    }
month_genitive = { month }
month_year = { $year }년 { month }
date_long = { $year }년 { month_genitive } { $day }일
date_short = { $yyyy }. { $month }. { $day }.
range_start = { $start }{ "\u00A0" }~
range = { $start } ~ { $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
       *[other] { $age }세
    }
age_line =
    { $gender ->
        [male] 남성, { age }, { date_long }생
        [female] 여성, { age }, { date_long }생
       *[none] { age }, { date_long }생
    }

gender_word =
    { $gender ->
        [male] 남성
       *[female] 여성
    }

born =
    { $gender ->
        [male] { $date } 출생
        [female] { $date } 출생
       *[none] { $date } 출생
    }

## Facts (see en.ftl)

language = 한국어
    .direction = ltr
    .script = Kore
    .hyphenation = none
    .iso639_3 = kor

og_locale = ko_KR

# The letters of the alphabet, in lower case (see en.ftl).
# Not written in an alphabet: no long word is hyphenated in this language.
alphabet = {""}


## 자기소개서. 날짜에는 장소를 쓰지 않는다.

letter_date = { $date }
letter_place_date = { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] { $name } 님께
        [female] { $name } 님께
       *[none] { $name } 님께
    }
letter_salutation_default = 채용 담당자님께
letter_closing = 감사합니다.
letter_enclosures =
    { PLURAL($n) ->
       *[other] 첨부
    }
letter_title = 자기소개서 — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = 추가 정보
import_other = 기타
import_recommendations = 추천서
import_portfolio = 포트폴리오
import_volunteering = 봉사 활동
import_awards = 수상 경력
import_honors = 수상 및 영예
import_interests = 관심 분야
import_projects = 프로젝트
import_certificates = 자격증
import_coursework = 이수 과목
import_undated_work = 기타 경력
import_undated_education = 기타 학력
import_schedule = 근무 형태
import_travel_time = 출퇴근 시간
import_citizenship = 국적
import_work_permit = 취업 허가
import_driving_licence = 운전면허 종류
import_vehicle_yes = 자가용 있음
import_vehicle_no = 자가용 없음
import_education_level = 최종 학력
import_profession_area = 직무 분야
import_preferred = 선호 연락 방법
import_score = 점수
import_keywords = 키워드
import_roles = 역할
import_level_not_given = 수준 미기재
import_level_native = 원어민 또는 이중 언어
import_level_full_professional = 완전한 업무 능숙도
import_level_professional_working = 업무 가능
import_level_limited_working = 제한적 업무 가능
import_level_elementary = 초급
import_name_placeholder = 성명
import_headline_placeholder = 희망 직무
import_company_placeholder = 회사 미기재
import_image = 이미지

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] 자기소개, 자기소개서, 소개, 요약, 프로필, 지원 동기, 좌우명
        [experience] 경력, 경력 사항, 경력사항, 근무 경력, 업무 경험, 직무 경험, 실무 경험
        [education] 학력, 학력 사항, 학력사항
        [skills] 기술, 보유 기술, 기술 스택, 핵심 역량, 역량, 스킬, 전문 분야
        [languages] 외국어, 외국어 능력, 어학, 어학 능력, 언어
        [courses] 자격증, 교육 및 자격증, 자격 사항, 자격사항, 교육 이수, 수료
        [projects] 프로젝트, 주요 프로젝트
        [publications] 논문, 발표, 저서, 출판, 강연
        [awards] 수상, 수상 내역, 수상내역, 수상 이력, 포상
        [interests] 취미, 특기, 취미 및 특기, 관심 분야, 관심사
        [volunteering] 봉사 활동, 봉사활동, 대외 활동, 대외활동, 사회 공헌
        [references] 추천인, 레퍼런스
       *[contacts] 연락처, 인적 사항, 인적사항, 개인 정보, 기본 정보
    }
ats-months =
    { $month ->
        [1] 01월, 일월
        [2] 02월, 이월
        [3] 03월, 삼월
        [4] 04월, 사월
        [5] 05월, 오월
        [6] 06월, 유월
        [7] 07월, 칠월
        [8] 08월, 팔월
        [9] 09월, 구월
        [10] 시월
        [11] 십일월
       *[12] 십이월
    }
ats-present = 현재, 현재까지, 재직 중, 재직중, 진행 중, 진행중
ats-photo = optional

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = cvpdf용 이력서입니다. 예시를 본인의 정보로 바꾼 뒤 다음을 실행하세요:
starter_markdown = 본문에 Markdown을 쓸 수 있습니다: **굵게**, _기울임_, [링크](https://…), `코드`.
starter_updated = 마지막 수정일: 나이와 근무 기간은 이 날짜까지 계산됩니다
starter_photo = 사진을 본인의 사진으로 바꾸세요
starter_gender = { "" }
starter_name = 홍길동
starter_city = 서울
starter_relocation = 이주 가능
starter_status = 구직 중
starter_phone = +82 2-000-0000
starter_headline = 백엔드 개발자
starter_specialisation = 소프트웨어 개발
starter_employment = 정규직
starter_about = 무슨 일을 하는지, 무엇을 가장 잘하는지 몇 줄로 적어 주세요.
starter_company = (주)예시
starter_company_earlier = (주)스타트
starter_position = 선임 개발자
starter_position_earlier = 개발자
starter_item = 무엇을 했고 어떤 결과를 냈는지
starter_item_earlier = 이 회사에서의 주요 성과
starter_native_language = 한국어
starter_native_level = 모국어
starter_foreign_language = 영어
starter_foreign_level = TOEIC 850
starter_institution = 대학교 이름
starter_level = 학사
starter_faculty = 컴퓨터공학
