# School Connectivity: the single entry point. `make demo` and `make test` set up what is missing.
PYTHON      := /usr/bin/python3
PLUGIN      := school_connectivity_plugin
DIST        := dist
STAGE       := $(DIST)/$(PLUGIN)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

# Debian packages the plugin, its tests and its tools need (see README "Dependencies").
DEB_PACKAGES := python3-qgis qgis-providers qgis python3-pandas python3-scipy python3-pyproj \
	python3-openpyxl python3-pytest python3-pytestqt python3-mock python3-hypothesis python3-gdal \
	gdal-bin xvfb xauth xdotool pyqt5-dev-tools qttools5-dev-tools poppler-utils fonts-dejavu-core python3-venv

# Languages of the user interface besides English; `make i18n-update` refreshes their .ts sources.
LANGUAGES := ru ky
TS_FILES := $(foreach lang,$(LANGUAGES),i18n/school_connectivity_$(lang).ts)
QM_FILES := $(TS_FILES:.ts=.qm)
PY_SOURCES = $(shell find $(PLUGIN) -name '*.py' -not -path '*/__pycache__/*' | sort)

# Development tools that Debian 12 does not package, pinned, in a venv over the system Python (never the plugin's).
VENV        := .venv
RUFF_VERSION := 0.17.6
RUFF        := $(VENV)/bin/ruff

.PHONY: deps test test-unit lint demo package deploy bench e2e i18n i18n-update sample clean

deps:
	@$(PYTHON) tools/deps.py $(DEB_PACKAGES)

i18n: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

# Collect every tr()/translate() string of the plugin into the .ts files; existing translations are kept, a string
# moved to another context keeps its translation, and I18N_JSON files (English -> {ru, ky}) add new ones.
I18N_JSON ?=
i18n-update:
	pylupdate5 $(PY_SOURCES) -ts $(TS_FILES)
	$(PYTHON) tools/i18n_fill.py $(TS_FILES) $(foreach file,$(I18N_JSON),--json $(file))
	pylupdate5 -noobsolete $(PY_SOURCES) -ts $(TS_FILES)

$(RUFF):
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VENV)/bin/pip install --quiet ruff==$(RUFF_VERSION)

lint: deps $(RUFF)
	$(RUFF) check .

# Three tiers: unit (the pure core, no QGIS, in a process where importing QGIS fails), qgis (headless QGIS, real
# layers and files) and system (whole processes, qgis_process, the real desktop under Xvfb).
test: deps i18n lint test-unit
	$(PYTHON) -m pytest tests/qgis tests/system

test-unit: deps
	SCHOOL_CONNECTIVITY_UNIT_ONLY=1 $(PYTHON) -m pytest tests/unit

demo: deps i18n
	$(PYTHON) -m $(PLUGIN) run \
		--schools resources/sample/schools.csv \
		--fiber resources/sample/fiber_backbone.geojson \
		--fiber resources/sample/fiber_nodes.geojson \
		--boundary resources/sample/kg_adm0.geojson \
		--regions resources/sample/kg_adm1.geojson \
		--dem resources/sample/kg_dem.tif \
		--pipeline resources/sample/pipeline.csv \
		--out out/demo

sample:
	$(PYTHON) tools/make_sample.py

package: i18n
	rm -rf $(STAGE) $(DIST)/$(PLUGIN).zip
	mkdir -p $(STAGE)
	cp -r $(PLUGIN)/. $(STAGE)/
	cp metadata.txt LICENSE $(STAGE)/
	cp -r resources $(STAGE)/resources
	mkdir -p $(STAGE)/i18n && cp $(QM_FILES) $(STAGE)/i18n/
	find $(STAGE) -name '__pycache__' -prune -exec rm -rf {} +
	find $(STAGE) \( -name '*.pyc' -o -name '*.aux.xml' \) -delete
	cd $(DIST) && $(PYTHON) -c "import shutil; shutil.make_archive('$(PLUGIN)', 'zip', '.', '$(PLUGIN)')"
	@echo "built $(DIST)/$(PLUGIN).zip"

deploy: package
	mkdir -p $(QGIS_PROFILE)/python/plugins
	rm -rf $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	cp -r $(STAGE) $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	@echo "deployed to $(QGIS_PROFILE)/python/plugins/$(PLUGIN)"

e2e: deps package
	$(PYTHON) tests/e2e/run_e2e.py --dist $(DIST) --out out/e2e

bench: deps
	$(PYTHON) bench/run.py
	$(PYTHON) bench/bench_routes.py
	$(PYTHON) bench/chain.py

clean:
	rm -rf $(DIST) out .pytest_cache
	find . -name '__pycache__' -prune -exec rm -rf {} +
