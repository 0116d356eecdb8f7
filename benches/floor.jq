# The floor document's text: cvpdf's Markdown of a CV (`cvpdf render
# --format md`) read as plain text, one string per paragraph, list item or
# heading, without the Markdown's marks, front matter, images or anchors.
# Run as `jq -R -s -f benches/floor.jq cv.md`; benches/floor/main.typ sets
# the result as plain paragraphs.
def plain:
  gsub("!\\[[^\\]]*\\]\\([^)]*\\)"; "")
  | gsub("\\[(?<t>[^\\]]*)\\]\\([^)]*\\)"; .t)
  | gsub("\\s*\\{#[^}]*\\}"; "")
  | gsub("^(#+|>|[*+-]|[0-9]+[.)])\\s+"; "")
  | gsub("\\*\\*|\\*|`"; "")
  | gsub("\\\\(?<c>[!-/:-@\\[-`{-~])"; .c)
  | gsub("\\s+"; " ")
  | gsub("^ | $"; "");
(capture("^---\n(.|\n)*?title: \"(?<t>[^\n]*)\"").t // "") as $title
| sub("^---\n(.|\n)*?\n---\n"; $title + "\n\n")
| split("\n")
| map(sub("\\\\$"; "") | sub("^>\\s?"; ""))
| reduce .[] as $line ({done: [], open: ""};
    if ($line | test("^\\s*$")) then {done: (.done + [.open]), open: ""}
    elif ($line | test("^\\s*([*+-]|[0-9]+[.)])\\s|^#")) then {done: (.done + [.open]), open: $line}
    else .open += " " + $line end)
| .done + [.open]
| map(plain | select(. != ""))
