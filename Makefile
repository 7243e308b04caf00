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
	gdal-bin xvfb xauth xdotool pyqt5-dev-tools qttools5-dev-tools poppler-utils fonts-dejavu-core

TS_FILES := $(wildcard i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: deps test demo package deploy bench e2e i18n sample clean

deps:
	@$(PYTHON) tools/deps.py $(DEB_PACKAGES)

i18n: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

test: deps i18n
	$(PYTHON) -m pytest

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
	mkdir -p $(STAGE)/i18n && cp i18n/*.qm $(STAGE)/i18n/ 2>/dev/null || true
	find $(STAGE) -name '__pycache__' -prune -exec rm -rf {} +
	find $(STAGE) -name '*.pyc' -delete
	cd $(DIST) && $(PYTHON) -c "import shutil; shutil.make_archive('$(PLUGIN)', 'zip', '.', '$(PLUGIN)')"
	@echo "built $(DIST)/$(PLUGIN).zip"

deploy: package
	mkdir -p $(QGIS_PROFILE)/python/plugins
	rm -rf $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	cp -r $(STAGE) $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	@echo "deployed to $(QGIS_PROFILE)/python/plugins/$(PLUGIN)"

bench: deps
	$(PYTHON) bench/run.py

clean:
	rm -rf $(DIST) out .pytest_cache
	find . -name '__pycache__' -prune -exec rm -rf {} +
