"""Every format users hold, built in the test from sample-report text: the same entities come out."""
from __future__ import annotations

import re
import textwrap
from decimal import Decimal

import pytest

from kg.errors import InputError
from kg.ingest.read import read
from kg.model import EntityType
from kg.pipeline import analyse_document
from tests.conftest import sample

# 003, （二）1. and 2.: projects with roads, lengths and amounts
LINES = [line.strip() for line in sample("003").read_text(encoding="utf-8").splitlines()[:11] if line.strip()]


def _facts(nlp, path):
    a = analyse_document(path, nlp)
    return ({m.name for m in a.found[EntityType.PROJECT]}, {m.code for m in a.found[EntityType.ROAD] if m.code},
            {m.amount for m in a.found[EntityType.FUNDING]}, a.context.issuer_name)


@pytest.fixture(scope="module")
def reference(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("txt") / "r.txt"
    path.write_text("\n".join(LINES), encoding="utf-8")
    facts = _facts(nlp, path)
    assert "G6512秀从高速公路(新晃段)项目" in facts[0] and facts[3] == "新晃县交通运输局"
    return facts


def test_docx_paragraphs_and_tables(nlp, reference, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    for i, text in enumerate(["项目名称", "里程", "总投资"]):
        table.rows[0].cells[i].text = text
    for i, text in enumerate(["S216线城关至河口段改建工程", "全长18.6公里", "总投资3.2亿元"]):
        table.rows[1].cells[i].text = text
    path = tmp_path / "r.docx"
    document.save(path)
    projects, roads, amounts, issuer = _facts(nlp, path)
    assert projects >= reference[0] and "S216线城关至河口段改建工程" in projects
    assert roads >= reference[1] | {"S216"} and amounts >= reference[2] and issuer == reference[3]


def test_docx_as_offices_write_them(nlp, reference, tmp_path):
    """What Word shows is what is read: a title set on two lines by a soft break, an amount a soft break
    cuts, runs inserted with tracked changes (and deleted ones left out), a paragraph in a content control,
    a text box, a project table nested in a layout table, its equal neighbouring cells and an empty one."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    title = document.add_paragraph()
    bureau, rest = LINES[0].split("交通运输局", 1)
    title.add_run(bureau + "交通运输局").add_break()
    title.add_run(rest)
    body = document.add_paragraph()
    body.add_run("全年完成交通投资约12").add_break()
    body.add_run("6亿元，")
    body._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="审核"><w:r><w:t>省交投集团负责实施。</w:t></w:r></w:ins>'))
    body._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="审核"><w:r><w:delText>总投资9亿元。</w:delText></w:r></w:del>'))
    for line in LINES[1:]:
        document.add_paragraph(line)
    box = document.add_paragraph()
    box._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>同步实施S218线黄坳至港口段改建工程，总投资1.3亿元。</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    document.element.body.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>推进X216线太阳升至黄坳段改建工程，总投资9800万元。'
        '</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    layout = document.add_table(rows=1, cols=1)
    layout.cell(0, 0).paragraphs[0].add_run("附表：重点项目")
    table = document.add_table(rows=2, cols=5)
    for i, text in enumerate(["项目名称", "建设规模", "总投资（万元）", "完成投资（万元）", "进展"]):
        table.rows[0].cells[i].text = text
    for i, text in enumerate(["S216线城关至河口段改建工程", "", "4620", "4620", "路基施工"]):
        table.rows[1].cells[i].text = text
    layout.cell(0, 0)._tc.append(table._tbl)
    path = tmp_path / "r.docx"
    document.save(path)
    raw = read(path).raw
    assert raw.split("\n")[0] == LINES[0] and "约126亿元" in raw and "省交投集团" in raw and "9亿元" not in raw
    assert "S216线城关至河口段改建工程 — 4620 4620 路基施工" in raw
    projects, roads, amounts, issuer = _facts(nlp, path)
    assert projects >= reference[0] | {"S216线城关至河口段改建工程", "S218线黄坳至港口段改建工程",
                                        "X216线太阳升至黄坳段改建工程"}
    assert amounts >= reference[2] | {12_600_000_000, 130_000_000, 98_000_000, 46_200_000} and issuer == reference[3]
    assert roads >= reference[1] | {"S216", "S218", "X216"}


def test_docx_headings_numbered_by_word_keep_their_numbers(tmp_path):
    """一、 and （一） written by Word's numbering, not typed: the text shows them as Word does, counted, a
    level restarting the one below it, so the report's sections are found."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from kg.text.clean import clean
    from kg.text.structure import analyse

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    document.add_paragraph("某县交通运输局2024年工作总结和2025年工作计划")
    numbered("2024年工作完成情况", 0)
    numbered("重点项目建设", 1)
    document.add_paragraph("完成G210线改建工程，总投资1.2亿元。")
    numbered("农村公路建设", 1)
    numbered("2025年工作计划", 0)
    numbered("重点项目", 1)
    document.add_paragraph("实施S311线改建工程，总投资3亿元。")
    path = tmp_path / "r.docx"
    document.save(path)
    raw = read(path).raw
    assert raw.split("\n")[1:] == ["一、2024年工作完成情况", "（一）重点项目建设", "完成G210线改建工程，总投资1.2亿元。",
                                   "（二）农村公路建设", "二、2025年工作计划", "（一）重点项目", "实施S311线改建工程，总投资3亿元。"]
    structure = analyse(clean(raw).text)
    assert [s.mode.value for s in structure.sections if s.level == 1] == ["done", "plan"]


def test_pdf_text_layer_with_wrapped_lines(nlp, reference, tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "r.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 10)
    y = 800
    for line in LINES:
        for part in textwrap.wrap(line, 40):  # wrapped as a page would wrap it
            c.drawString(40, y, part)
            y -= 14
            if y < 40:
                c.showPage()
                c.setFont("STSong-Light", 10)
                y = 800
    c.save()
    assert _facts(nlp, path) == reference


def test_pdf_pages_lose_their_running_header_and_numbers_and_keep_the_sentence_across_the_break(nlp, reference,
                                                                                              tmp_path):
    """Set on pages that repeat the bureau's name at the top and number themselves at the bottom, with the
    lines wrapped by their width (a line dense in figures holds more characters): the same facts, and the
    header is no second name of the issuer."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "r.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    header = "新晃县交通运输局　新晃县交通运输局工作总结"

    def new_page(number: int) -> float:
        c.setFont("STSong-Light", 10)
        if number > 1:
            c.drawString(40, 280, header)
        return 260.0

    page, y = 1, new_page(1)
    for line in LINES:
        part = ""
        for ch in line:  # wrapped by width, as a typesetter wraps: 300 points a line
            if pdfmetrics.stringWidth(part + ch, "STSong-Light", 10) > 300:
                c.drawString(40, y, part)
                part, y = "", y - 14
                if y < 40:
                    c.drawString(190, 20, f"— {page} —")
                    c.showPage()
                    page += 1
                    y = new_page(page)
            part += ch
        c.drawString(40, y, part)
        y -= 14
        if y < 40:
            c.drawString(190, 20, f"— {page} —")
            c.showPage()
            page += 1
            y = new_page(page)
    c.drawString(190, 20, f"— {page} —")
    c.save()
    assert page >= 3
    assert _facts(nlp, path) == reference
    text = read(path).raw
    assert header not in text and "— 2 —" not in text


def test_a_pdfs_ruled_table_reads_row_by_row(nlp, tmp_path):
    """A table drawn with rulings, a name wrapped on two lines of its cell and an empty cell: each row one
    line of cells, as from a Word document (pypdf gives one cell a line, and the wrapped name as two), so
    the project keeps its name, its road and the amount of its row; the text around the table stays."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "r.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 10)
    c.drawString(40, 800, "某县交通运输局2023年工作总结")
    c.drawString(40, 780, "一、重点项目建设。全年完成交通固定资产投资9.6亿元，重点项目如下表。")
    rows = [["序号", ["项目名称"], "建设规模", "总投资（万元）"],
            ["1", ["S216线城关至河口段", "改建工程"], "18.6公里", "32000"],
            ["2", ["县道X041线路面改造工程"], "", "4600"]]
    xs, top, height = [40, 80, 260, 360, 480], 760, 30
    for r, row in enumerate(rows):
        for col, cell in enumerate(row):
            for k, part in enumerate(cell if isinstance(cell, list) else [cell]):
                c.drawString(xs[col] + 4, top - r * height - 12 - 11 * k, part)
    for r in range(len(rows) + 1):
        c.line(xs[0], top - r * height, xs[-1], top - r * height)
    for x in xs:
        c.line(x, top, x, top - len(rows) * height)
    c.drawString(40, top - len(rows) * height - 20, "二、下一步打算。加快推进G207线改建工程前期工作。")
    c.save()
    lines = read(path).raw.split("\n")
    assert lines == ["某县交通运输局2023年工作总结", "一、重点项目建设。全年完成交通固定资产投资9.6亿元，重点项目如下表。",
                     "序号 项目名称 建设规模 总投资（万元）", "1 S216线城关至河口段改建工程 18.6公里 32000",
                     "2 县道X041线路面改造工程 — 4600", "二、下一步打算。加快推进G207线改建工程前期工作。"]
    analysis = analyse_document(path, nlp)
    projects = {m.name for m in analysis.found[EntityType.PROJECT]}
    assert "S216线城关至河口段改建工程" in projects
    assert {m.amount for m in analysis.found[EntityType.FUNDING]} >= {Decimal("320000000"), Decimal("46000000")}


def test_a_running_header_goes_from_every_page_but_the_first():
    from kg.ingest.formats import join_wrapped_lines, without_page_furniture

    pages = ["某县交通运输局2024年工作总结\n一、完成投资情况\n全年查处超限超载车辆183辆，罚款62\n— 1 —",
             "某县交通运输局\n.8万元，约谈货运源头企业7家，完成G210线K12+300至K18+500段路面修复，累\n— 2 —",
             "某县交通运输局\n计投资3200万元。\n二、2025年工作计划\n— 3 —"]
    assert without_page_furniture(pages) == [
        "某县交通运输局2024年工作总结\n一、完成投资情况\n全年查处超限超载车辆183辆，罚款62",
        ".8万元，约谈货运源头企业7家，完成G210线K12+300至K18+500段路面修复，累", "计投资3200万元。\n二、2025年工作计划"]
    joined = join_wrapped_lines("\n".join(without_page_furniture(pages)))
    assert "罚款62.8万元" in joined and "累计投资3200万元" in joined


def test_html_main_text(nlp, reference, tmp_path):
    body = "".join(f"<p>{line}</p>" for line in LINES)
    page = (f"<html><head><meta charset='gbk'><title>{LINES[0]}</title><script>var x='省道999线';</script></head>"
            f"<body><nav>首页 | 省道888线</nav><article>{body}</article><footer>版权所有</footer></body></html>")
    path = tmp_path / "r.html"
    path.write_bytes(page.encode("gbk"))
    projects, roads, amounts, issuer = _facts(nlp, path)
    assert (projects, roads, amounts, issuer) == reference
    assert "S999" not in roads and "S888" not in roads


def test_html_as_a_government_site_serves_it(nlp, reference, tmp_path):
    """A site's page: a sidebar of other offices' links, a breadcrumb, a footer marked by its class, the
    title with the site's name after it, the lead paragraph loose in the content division, a Word export's
    spans around every run of digits, and a table whose cells hold paragraphs: the same facts as the text,
    the table's row one line whose amounts are read under their column's unit."""
    spans = "".join(f"<span>{part}</span>" for part in re.split(r"(\d+(?:\.\d+)?)", LINES[2]))
    page = ("<html><head><title>" + LINES[0] + "_某县人民政府</title></head><body>"
            "<div class='left'><ul><li><a href='#'>县公安局</a></li><li><a href='#'>县财政局</a></li>"
            "<li><a href='#'>县应急管理局</a></li></ul></div>"
            "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='#'>县公安局</a></div>"
            "<div class='content'><h1>" + LINES[0] + "</h1>" + LINES[1] + "<br>"
            "<p class='MsoNormal'>" + spans + "</p>" + "".join(f"<p>{line}</p>" for line in LINES[3:]) +
            "<table><tr><td><p>项目名称</p></td><td><p>建设规模</p></td><td><p>总投资（万元）</p></td></tr>"
            "<tr><td><p>S216线城关至河口段改建工程</p></td><td><p>18.6公里</p></td><td><p>32000</p></td></tr></table>"
            "</div>"
            "<div class='footer'><p>主办：县公安局　地址：某县行政中心</p></div></body></html>")
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    projects, roads, amounts, issuer = _facts(nlp, path)
    assert projects >= reference[0] and "S216线城关至河口段改建工程" in projects
    assert roads >= reference[1] | {"S216"} and issuer == reference[3]
    assert amounts == reference[2] | {320_000_000}
    agencies = {m.name for m in analyse_document(path, nlp).found[EntityType.AGENCY]}
    assert not any("公安局" in a or "财政局" in a or "应急管理局" in a for a in agencies), agencies
    assert read(path).raw.split("\n")[0] == LINES[0]


def test_html_laid_out_in_a_table_reads_its_blocks(tmp_path):
    """An older site lays the page out in a table: a cell holding the report's paragraphs and a data table
    is read block by block, the data table row by row, not as one line."""
    page = ("<html><body><table><tr><td><a href='#'>首页</a></td><td><h2>" + LINES[0] + "</h2>"
            + "".join(f"<p>{line}</p>" for line in LINES[1:3])
            + "<table><tr><td>项目名称</td><td>建设规模</td><td>总投资（万元）</td></tr>"
              "<tr><td><p>S216线城关至河口段改建工程</p></td><td>18.6公里</td><td>32000</td></tr></table>"
              "</td></tr></table></body></html>")
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    lines = read(path).raw.split("\n")
    assert LINES[0] in lines and LINES[1] in lines and LINES[2] in lines
    assert "项目名称 建设规模 总投资（万元）" in lines and "S216线城关至河口段改建工程 18.6公里 32000" in lines


def test_a_table_reads_the_same_from_word_and_from_a_web_page(tmp_path):
    """One table, saved by Word and served as a page: the same lines, an empty cell kept under its column
    in both, the spaces a cell is laid out with (合 计, 1.62 亿元) dropped in both, a row of empty cells
    no line in either."""
    docx = pytest.importorskip("docx")
    rows = [["序号", "项目名称", "总投资（万元）", "备注"],
            ["1", "G353 宁福线改建工程", "16200", ""],
            ["", "", "", ""],
            ["合 计", "", "1.62 亿元", ""]]
    document = docx.Document()
    document.add_paragraph(LINES[0])
    table = document.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.rows[r].cells[c].text = text
    word = tmp_path / "r.docx"
    document.save(word)
    page = tmp_path / "r.html"
    page.write_text("<html><body><h2>" + LINES[0] + "</h2><table>"
                    + "".join("<tr>" + "".join(f"<td><p>{text}</p></td>" for text in cells) + "</tr>" for cells in rows)
                    + "</table></body></html>", encoding="utf-8")
    expected = ["序号 项目名称 总投资（万元） 备注", "1 G353宁福线改建工程 16200 —", "合计 — 1.62亿元 —"]
    for path in (word, page):
        lines = read(path).raw.split("\n")
        assert [line for line in lines if line != LINES[0]] == expected, path.name


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("junk.txt", bytes(range(256)) * 50, "binary"),
    ("english.txt", b"Annual report of the transport bureau. Nothing in Chinese here." * 20, "no Chinese"),
    ("cut.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 200, "not a readable .docx"),
    ("cut.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "not a readable PDF"),
    ("table.xlsx", b"PK\x03\x04", "unsupported format"),
])
def test_bad_inputs_are_named_with_the_problem(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason) as err:
        read(path)
    assert name in str(err.value)


def test_scanned_pdf_has_no_text_layer(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 400, 600, fill=1)  # an image-like page: no text
    c.save()
    with pytest.raises(InputError, match="no text layer"):
        read(path)


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.seek(50_000_000)
        fh.write("。".encode())
    with pytest.raises(InputError, match="too large"):
        read(path)


def test_unreadable_path_is_reported(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    with pytest.raises(InputError, match="cannot read"):
        read(link)


def test_a_docx_that_unpacks_to_too_much_xml_is_refused_before_parsing(tmp_path, monkeypatch):
    """A zip bomb: a small .docx whose XML unpacks to more than a report's could be is refused by the sizes the
    package declares, before anything is unpacked (the probe's 1 MB file made 300 MB of XML and 7 GB of memory)."""
    import zipfile

    from kg.ingest import formats

    monkeypatch.setattr(formats, "MAX_DOCX_XML_BYTES", 1_000_000)  # the same check at a smaller scale
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document>" + "<w:p/>" * 400_000 + "</w:document>")
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match="unpacks to 2 MB"):
        read(path)
