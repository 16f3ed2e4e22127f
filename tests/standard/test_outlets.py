"""The outlets stage: who published an article, whom it credits, which template it wears; and the
syndication stage: where else it ran."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import Document
from khabar.testing import check_stage_contract

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seeds() -> list[Document]:
    lines = (SEEDS / "seeds.input.jsonl").read_text(encoding="utf-8").splitlines()
    return [Document.from_record(json.loads(line)) for line in lines]


@pytest.fixture(scope="module")
def annotated(standard_registry):
    from khabar import Pipeline, PipelineConfig

    pipeline = Pipeline(standard_registry, PipelineConfig(["boilerplate", "outlets"], {}))
    documents = seeds()
    for document in documents:
        for bound in pipeline.stages:
            bound.stage.process(document)
    return {d.id[:3]: d for d in documents}


def run(standard_registry, text: str, stages=("boilerplate", "outlets"), settings=None) -> Document:
    from khabar import Pipeline, PipelineConfig

    pipeline = Pipeline(standard_registry, PipelineConfig(list(stages), settings or {}))
    document = Document(id="t", text=text)
    for bound in pipeline.stages:
        bound.stage.process(document)
    return document


def test_the_seed_articles_name_their_outlets_by_masthead_self_reference_and_credits_line(annotated):
    assert annotated["001"].get("outlet")["id"] == "veto"  # رئيس التحرير / عصام كامل
    assert annotated["002"].get("outlet")["id"] == "levant-news"  # ليفانت نيوز _ الكرملين _ …
    assert annotated["003"].get("outlet")["id"] == "whitehouse-in-arabic"  # هيئة تحرير وايتهاوس ان أرابيك


def test_evidence_points_at_the_text_it_was_recognised_by(annotated):
    document = annotated["003"]
    (evidence,) = document.get("outlet")["evidence"]
    assert document.text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert "وايتهاوس ان أرابيك" in evidence["text"]


def test_an_article_that_does_not_say_who_published_it_is_unknown(annotated):
    assert annotated["000"].get("outlet")["id"] is None
    assert annotated["004"].get("outlet")["id"] is None


def test_credited_agencies_are_sources_with_raw_offsets(annotated):
    sources = annotated["001"].get("sources")
    assert {s["name"] for s in sources} == {"وكالة الصحافة الفرنسية", "سبوتنيك"}
    for source in sources:
        assert annotated["001"].text[source["start"] : source["end"]] == source["name"]


def test_the_items_of_a_credits_line_are_sources_but_the_outlet_itself_is_not(annotated):
    names = {s["name"] for s in annotated["002"].get("sources")}
    assert {"الكرملين", "تاس الروسية", "موسكو تايمز", "البيت الأبيض", "AP"} <= names
    assert "ليفانت نيوز" not in names


def test_a_source_line_names_its_agency(annotated):
    names = {s["name"] for s in annotated["004"].get("sources")}
    assert "وكالة ايسنا للأنباء" in names
    assert "CNN" in names


def test_pages_of_one_template_family_share_it(annotated):
    templates = {key: set(d.get("outlet")["templates"]) for key, d in annotated.items()}
    assert "wordpress-comments" in templates["000"] & templates["004"]
    assert "jannah" in templates["003"] & templates["004"]
    assert not templates["001"] & templates["002"] - set()


def test_pages_of_one_unknown_site_share_a_site_fingerprint(standard_registry):
    site = "موقع الأخبار\nالرئيسية\n{}\nجميع الحقوق محفوظة لموقع الأخبار 2024\nاتصل بنا\n"
    body = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد في العاصمة الأسبوع المقبل لبحث الملفات العالقة بين البلدين."
    other = "أعلنت الشركة عن نتائجها المالية للربع الثالث وقالت إن أرباحها ارتفعت بنسبة كبيرة مقارنة بالعام الماضي."
    first = run(standard_registry, site.format(body)).get("outlet")["templates"]
    second = run(standard_registry, site.format(other)).get("outlet")["templates"]
    elsewhere = run(
        standard_registry, f"الصفحة الأولى\nأخبار محلية\n{other}\nكل الحقوق محفوظة\nسياسة الخصوصية\n"
    )
    assert [t for t in first if t.startswith("site:")] == [t for t in second if t.startswith("site:")] != []
    assert not set(first) & set(elsewhere.get("outlet")["templates"])


def test_an_exclusive_formula_identifies_the_outlet_from_the_registry(standard_registry):
    document = run(
        standard_registry, "وقال مصدر مطلع لـ«عكاظ» إن القرار سيصدر قريبا بعد دراسة الملف من جميع جوانبه."
    )
    outlet = document.get("outlet")
    assert outlet["id"] == "okaz"
    assert outlet["evidence"][0]["signal"] == "self_reference"


def test_a_credit_of_another_outlet_does_not_make_it_the_publisher(standard_registry):
    document = run(standard_registry, "ونقلت صحيفة عكاظ عن مصادر أن الاجتماع سيعقد غدا في جدة لبحث الملفات.")
    assert document.get("outlet")["id"] is None


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("وقال المتحدث لـCNN إن الاتفاق قريب.", "CNN"),  # a Latin name right after an Arabic letter
        ("وذكرت رويترز أن الاجتماع انتهى.", "رويترز"),
        ("ونقلت ورويترز عن مصدر أن الاجتماع انتهى.", "رويترز"),  # with a conjunction prefix
        ("وقالت (أ.ف.ب) إن الاجتماع انتهى.", "أ.ف.ب"),
    ],
)
def test_a_listed_source_is_found_wherever_its_name_starts_a_word(standard_registry, text, credited):
    sources = run(standard_registry, text).get("sources")
    assert credited in [source["name"] for source in sources]


def test_a_listed_name_inside_a_longer_word_is_not_a_source(standard_registry):
    sources = run(standard_registry, "وقال الكاتبرويترز إن الاجتماع انتهى.").get("sources")
    assert sources == []


def test_outlets_added_by_settings_are_recognised(standard_registry):
    extra = {
        "id": "example-news",
        "name": "أخبار المثال",
        "names": ["أخبار المثال"],
        "domains": ["example-news.test"],
    }
    document = run(
        standard_registry,
        "خبر عاجل عن الطقس في المدينة اليوم.\nجميع الحقوق محفوظة © أخبار المثال 2024",
        settings={"outlets": {"extra_outlets": [extra]}},
    )
    assert document.get("outlet")["id"] == "example-news"


def test_a_learned_model_names_the_outlet_with_a_calibrated_score_or_abstains(standard_registry, tmp_path):
    pytest.importorskip("sklearn")
    from khabar.plugins.outlets.model import OutletModel, learn

    # two made-up houses with different habits: «» and a dateline, or "" and a sign-off
    first = [f" الرياض - «واحة»: أعلنت الجهة {i} عن «برنامج» جديد للمدينة رقم {i}. " for i in range(12)]
    second = [f'أكد المسؤول "{i}" أن المشروع يسير وفق الخطة المعتمدة للعام {i}.\n— النشرة' for i in range(12)]
    model = learn(first + second, ["waha"] * 12 + ["nashra"] * 12, {"waha": "واحة"}, folds=3)
    path = tmp_path / "model.json"
    model.save(path)
    assert OutletModel.load(path).classes == ["nashra", "waha"]
    settings = {"outlets": {"model": str(path)}}
    seen = run(standard_registry, " جدة - «واحة»: أعلنت الجهة عن «مبادرة» جديدة للشباب. ", settings=settings)
    assert seen.get("outlet")["id"] == "waha" and seen.get("outlet")["name"] == "واحة"
    assert 0.5 < seen.get("outlet")["score"] <= 1.0
    text = "نص قصير."
    guess = run(standard_registry, text, settings={"outlets": {"model": str(path), "min_score": 0.0}})
    above = min(1.0, guess.get("outlet")["score"] + 0.001)
    doubtful = run(standard_registry, text, settings={"outlets": {"model": str(path), "min_score": above}})
    assert doubtful.get("outlet")["id"] is None
    assert [c["id"] for c in doubtful.get("outlet")["candidates"]]


def test_a_file_that_is_not_a_model_is_refused_with_its_name(tmp_path):
    from khabar.plugins.outlets.model import OutletModel

    path = tmp_path / "other.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match=r"other\.json"):
        OutletModel.load(path)


def test_syndicated_copies_list_each_other_with_their_share(standard_registry):
    from khabar import Pipeline, PipelineConfig

    story = " ".join(f"كلمة{i} في الخبر الموزع على المواقع" for i in range(40))
    documents = [
        Document(id="wire", text=story),
        Document(id="copy", text=story + " وأضاف الموقع سطرا من عنده."),
        Document(id="quoting", text="مقدمة طويلة للموقع الآخر " * 30 + story[: len(story) // 2]),
        Document(id="alone", text=" ".join(f"نص{i} مختلف تماما عن غيره" for i in range(60))),
    ]
    pipeline = Pipeline(
        standard_registry, PipelineConfig(["syndication"], {"syndication": {"min_share": 0.3}})
    )
    stage = pipeline.stages[0].stage
    stage.fit(documents)
    for document in documents:
        stage.process(document)
    found = {d.id: {m["id"]: m for m in d.get("syndication")} for d in documents}
    assert found["wire"]["copy"]["jaccard"] > 0.9 and found["copy"]["wire"]["share"] > 0.9
    assert found["quoting"]["wire"]["share"] > 0.3  # part of "quoting" is the wire story
    assert found["alone"] == {}


def test_the_outlets_stage_keeps_the_stage_contract(standard_registry):
    check_stage_contract(standard_registry, "outlets", max_examples=60)
