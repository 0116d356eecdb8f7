//! The long Russian fixture renders through the real binary: pages, fonts,
//! text, grammar and determinism.

use crate::common::*;

#[test]
fn a_cv_is_a4_in_bundled_fonts_only() {
    let pdf = render_default();
    let sizes = page_sizes(&pdf);
    assert!(!sizes.is_empty(), "no pages");
    for (width, height) in sizes {
        assert!((width - 595.28).abs() < 0.5 && (height - 841.89).abs() < 0.5, "not A4: {width} x {height}");
    }
    let fonts = pdf_fonts(&pdf);
    assert!(!fonts.is_empty(), "no fonts found");
    for (name, embedded) in &fonts {
        assert!(embedded, "{name} is not embedded");
        // Subset fonts are named `ABCDEF+Family-Style`.
        let family = name.split_once('+').map_or(name.as_str(), |(_, rest)| rest);
        assert!(family.starts_with("Inter") || family.starts_with("PTMono"), "{name} is not one of the bundled fonts");
    }
}

#[test]
fn the_long_fixture_prints_a_line_of_every_part_and_block() {
    let text = squeeze(&pdf_text(&render_default()));
    // One line of each part and of each kind of block of a job, as a
    // reader sees it: the Markdown taken away, links as their text.
    let lines = [
        "Самойлов Игорь Валентинович",
        "Простое решение труднее всего придумать, зато дольше всего оно живёт",
        "Я проектирую и пишу серверные системы, которые годами работают",
        "Архитектор / Разработчик проектов, использующих",
        "Статистику таких публикаций после 2014 года удобнее смотреть на codestat",
        "PostgreSQL - я писал под Oracle, когда в 2000г встретил СУБД",
        "расчёт и сбор экономических показателей филиалов банка (FoxPro), 1997г",
        "ведёт проекты с долгим жизненным циклом",
        "совещания по графику без реальной темы",
        "платформа отслеживания грузов в реальном времени (Rust, Kafka, PostgreSQL, TimescaleDB)",
        "Сервис одноразовых ссылок на секреты (onetime)",
        "Перевёл проведение платежей на очередь с гарантией доставки и сократил потери транзакций до нуля.",
        "Подсистема расчёта тарифов для клиентов на основе очереди задач (C++, plpgsql)",
        "Тарификация звонков в реальном времени с поддержкой кредитов и абонентской платы",
        "Помог местному оператору связи подключить к их линии модем нового поколения",
        "Система учёта товаров и услуг для сервисной фирмы (Delphi, Crystal Reports, MS Access)",
        "Пермский политехнический институт",
        "Пакетная загрузка SQL (миграции) в БД (rust, postgresql)",
        "читаю профессиональную литературу",
        "сплав по уральским рекам",
        "14.05.1974",
        "версия для печати в PDF",
        "samoylov.example.org/cv",
    ];
    let missing: Vec<_> = lines.iter().filter(|line| !text.contains(&squeeze(line))).collect();
    assert!(missing.is_empty(), "missing from the PDF: {missing:#?}");
}

#[test]
fn russian_grammar_reaches_the_page() {
    let text = squeeze(&pdf_text(&render_default()));
    // Numbers whose noun takes each of Russian's three forms.
    for phrase in [
        "Опыт работы 30 лет 1 месяц",
        "51 год, родился 14 мая 1974",
        "Март 2022 —",
        "по настоящее время",
        "4 года",
        "1 год 5 месяцев",
        "11 лет 4 месяца",
        "5 лет 11 месяцев",
        "3 года 7 месяцев",
        "2 года 8 месяцев",
    ] {
        assert!(text.contains(&squeeze(phrase)), "{phrase:?} missing");
    }
}

#[test]
fn same_bytes_from_other_folders_clocks_locales_and_heaps() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    // The second run also puts glibc's heap on huge pages, the speed-up
    // docs/performance.md offers: other addresses must not change a byte.
    let environments = [
        (copy_default_data(&first.path().join("a")), first.path(), "UTC", "C", "/nonexistent", ""),
        (
            copy_default_data(&second.path().join("deeper/b")),
            second.path(),
            "Asia/Vladivostok",
            "ru_RU.UTF-8",
            "/tmp",
            "glibc.malloc.hugetlb=1",
        ),
    ];
    let outputs: Vec<Vec<u8>> = environments
        .iter()
        .map(|(data, cwd, tz, lang, home, tunables)| {
            let out = cwd.join("out.pdf");
            let status = cvpdf()
                .current_dir(cwd)
                .env("TZ", tz)
                .env("LANG", lang)
                .env("LC_ALL", lang)
                .env("HOME", home)
                .env("GLIBC_TUNABLES", tunables)
                .args(["render", data.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"])
                .status()
                .unwrap();
            assert!(status.success());
            std::fs::read(out).unwrap()
        })
        .collect();
    assert!(outputs[0] == outputs[1], "renders differ between environments");
    // And no absolute path of either run leaks into the file.
    for (_, cwd, ..) in &environments {
        let needle = cwd.to_str().unwrap().as_bytes();
        assert!(!outputs[0].windows(needle.len()).any(|w| w == needle), "the PDF contains {cwd:?}");
    }
}

/// Replaces every occurrence of `from` in binary data.
fn replace_bytes(data: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

/// The instance identifier of a PDF: the second entry of the trailer's /ID.
/// It names this version of the document and is a hash that covers the
/// dates, so it changes with them; the first entry, the document's permanent
/// identifier, must not.
fn trailer_ids(pdf: &[u8]) -> (String, String) {
    let text = String::from_utf8_lossy(pdf);
    let ids = text.rsplit_once("/ID[(").expect("trailer /ID").1;
    let (document, rest) = ids.split_once(")(").expect("two IDs");
    let instance = rest.split_once(')').expect("closing paren").0;
    (document.to_owned(), instance.to_owned())
}

/// A PDF with every object written out on its own and uncompressed, in
/// object-number order, so its dictionaries can be read as bytes.
fn unpacked(pdf: &[u8]) -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    doc.objects.retain(|_, object| !matches!(object.type_name(), Ok(b"ObjStm") | Ok(b"XRef")));
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes it");
    out
}

#[test]
fn source_date_epoch_changes_the_dates_and_nothing_else() {
    let data = long_cv();
    let plain = render(&data, &[]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cv.pdf");
    // 2030-07-17T12:34:56Z
    let status = cvpdf()
        .env("SOURCE_DATE_EPOCH", "1910522096")
        .args(["render", data.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"])
        .status()
        .unwrap();
    assert!(status.success());
    let dated = std::fs::read(out).unwrap();

    let (plain_document, plain_instance) = trailer_ids(&plain);
    let (dated_document, dated_instance) = trailer_ids(&dated);
    assert_eq!(plain_document, dated_document, "the document identifier changed");
    assert_ne!(plain_instance, dated_instance);

    // Put the old dates and instance identifier back: the files must then
    // be identical, so nothing else changed. The dictionaries are compressed
    // in object streams, so both files are compared as lopdf writes them out
    // unpacked, object by object.
    let (plain, dated) = (unpacked(&plain), unpacked(&dated));
    let text = String::from_utf8_lossy(&dated);
    assert!(text.contains("D:20300717123456") && text.contains("2030-07-17T12:34:56"), "the epoch's date is missing");
    let mut restored = dated.clone();
    for (new, old) in [
        ("D:20300717123456", "D:20260208000000"),
        ("2030-07-17T12:34:56", "2026-02-08T00:00:00"),
        (dated_instance.as_str(), plain_instance.as_str()),
    ] {
        restored = replace_bytes(&restored, new.as_bytes(), old.as_bytes());
    }
    assert!(restored == plain, "more than the dates changed");
}
