<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="116"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="79"/>
        <source>Fiber</source>
        <translation>Оптикалык була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="139"/>
        <source>Proposed fiber routes</source>
        <translation>Сунушталган була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="153"/>
        <source>Regions</source>
        <translation>Облустар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="59"/>
        <source>School connectivity planning map</source>
        <translation>Мектептерди туташтырууну пландоо картасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="116"/>
        <source>Connected</source>
        <translation>Туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="67"/>
        <source>Not connected</source>
        <translation>Туташпаган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="67"/>
        <source>In the pipeline</source>
        <translation>Туташтыруу планында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="116"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="99"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="76"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="76"/>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="76"/>
        <source>Share</source>
        <translation>Үлүшү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="88"/>
        <source>Schools by internet connectivity, fiber network and regions · {date}</source>
        <translation>Мектептер интернетке туташуусу боюнча, була тармагы жана облустар · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="204"/>
        <source>Legend</source>
        <translation>Шарттуу белгилер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="205"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="218"/>
        <source>{title} · region {n} of {total} · {date}</source>
        <translation>{title} · {total} облустун {n}-облусу · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Schools to connect: not connected or hard to connect, by priority</source>
        <translation>Туташтырыла турган мектептер: туташпаган же туташтыруу кыйын, артыкчылык боюнча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>Students</source>
        <translation>Окуучулар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>Fiber km</source>
        <translation>Була, км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>Why hard to connect</source>
        <translation>Эмне үчүн туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>Technology</source>
        <translation>Технология</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="232"/>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="234"/>
        <source>No unconnected or hard-to-connect school in this region.</source>
        <translation>Бул облуста туташпаган же туташтыруу кыйын мектеп жок.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="236"/>
        <source>{shown} of {total} schools listed, in priority order; the exported tables hold them all.</source>
        <translation>{total} мектептин {shown} мектеби артыкчылык тартибинде көрсөтүлдү; экспорттолгон таблицаларда алардын баары бар.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="279"/>
        <source>This region</source>
        <translation>Бул облус</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="280"/>
        <source>Other regions</source>
        <translation>Башка облустар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="123"/>
        <source>cannot write the file</source>
        <translation>файлды жазуу мүмкүн эмес</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="124"/>
        <source>not enough memory</source>
        <translation>эс тутум жетишсиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="125"/>
        <source>printing failed</source>
        <translation>басып чыгаруу ишке ашкан жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="126"/>
        <source>SVG layer export failed</source>
        <translation>Катмарларды SVG'ге экспорттоо ишке ашкан жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="127"/>
        <source>the page sequence failed (cancelled?)</source>
        <translation>барактардын ырааттуулугу ишке ашкан жок (жокко чыгарылдыбы?)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="128"/>
        <source>cancelled</source>
        <translation>жокко чыгарылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="129"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="116"/>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="79"/>
        <source>Fiber: {name}</source>
        <translation>Оптикалык була: {name}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="140"/>
        <source>Progress over time</source>
        <translation>Убакыт боюнча жылыш</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="171"/>
        <source>Schools by technology</source>
        <translation>Технология боюнча мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="45"/>
        <source>Construction plan</source>
        <translation>Куруу планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="46"/>
        <source>{title} · fiber routes by construction phase · {date}</source>
        <translation>{title} · куруу этаптары боюнча була трассалары · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="57"/>
        <source>Construction phases</source>
        <translation>Куруу этаптары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="108"/>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="61"/>
        <source>New fiber, km</source>
        <translation>Жаңы була, км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="107"/>
        <source>CAPEX, USD</source>
        <translation>Капиталдык чыгымдар, АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="62"/>
        <source>OPEX, USD a year</source>
        <translation>Иштетүү чыгымдары, жылына АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="62"/>
        <source>Cumulative CAPEX, USD</source>
        <translation>Топтолгон капиталдык чыгымдар, АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="64"/>
        <source>No phase</source>
        <translation>Этапсыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="68"/>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="100"/>
        <source>Clusters, in build order</source>
        <translation>Куруу тартибиндеги кластерлер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="107"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="107"/>
        <source>Fiber point</source>
        <translation>Була чекити</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="107"/>
        <source>Fiber, km</source>
        <translation>Була, км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="108"/>
        <source>USD per student</source>
        <translation>Бир окуучуга АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="108"/>
        <source>Work plan</source>
        <translation>Иш планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="114"/>
        <source>No school is planned on fiber.</source>
        <translation>Бир да мектеп булага пландалган эмес.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="116"/>
        <source>{shown} of {total} clusters on fiber listed, in build order; clusters.csv holds them all.</source>
        <translation>Була кластерлеринин {total} ичинен {shown} куруу тартибинде көрсөтүлдү; баары clusters.csv файлында.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="143"/>
        <source>Fiber routes by construction phase</source>
        <translation>Куруу этаптары боюнча була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="62"/>
        <source>Change…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="74"/>
        <source>Results: &lt;a href=&quot;open&quot;&gt;{folder}&lt;/a&gt;</source>
        <translation>Натыйжалар: &lt;a href=&quot;open&quot;&gt;{folder}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="75"/>
        <source>Click to open the folder</source>
        <translation>Папканы ачуу үчүн басыңыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="83"/>
        <source>Folder for the results</source>
        <translation>Натыйжалар үчүн папка</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="89"/>
        <source>Temporary folder</source>
        <translation>Убактылуу папка</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="89"/>
        <source>{folder} is a temporary folder: results written there are lost when QGIS closes or the computer restarts. Use it anyway?</source>
        <translation>{folder} — убактылуу папка: ага жазылган натыйжалар QGIS жабылганда же компьютер кайра жүргүзүлгөндө жоголот. Баары бир колдоносузбу?</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="84"/>
        <source>school list</source>
        <translation>мектептердин тизмеси</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="85"/>
        <source>fiber: {title}</source>
        <translation>була: {title}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="86"/>
        <source>regions: {title}</source>
        <translation>аймактар: {title}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="87"/>
        <source>routes planned by the plugin</source>
        <translation>модуль пландаган трассалар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="56"/>
        <source>Data sources: {sources}.</source>
        <translation>Маалымат булактары: {sources}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="57"/>
        <source>{sources} Made with the School Connectivity plugin for QGIS on {date}.</source>
        <translation>{sources} QGIS үчүн School Connectivity модулу менен {date} түзүлдү.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="132"/>
        <source>{layer}: no fiber line or node to draw; left off the map</source>
        <translation>{layer}: көрсөтүлө турган оптикалык була сызыгы же түйүнү жок; катмар картага кошулган жок</translation>
    </message>
</context>
<context>
    <name>AlgorithmChain</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/tasks.py" line="102"/>
        <source>Algorithm {id} is not available.</source>
        <translation>{id} алгоритми жеткиликсиз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/tasks.py" line="113"/>
        <source>Running {name}…</source>
        <translation>Аткарылууда: {name}…</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="21"/>
        <source>School ID</source>
        <translation>Мектептин коду</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="22"/>
        <source>School name</source>
        <translation>Мектептин аталышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="23"/>
        <source>Region (admin 1)</source>
        <translation>Облус (1-админ. деңгээл)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="24"/>
        <source>District (admin 2)</source>
        <translation>Район (2-админ. деңгээл)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="25"/>
        <source>Number of students</source>
        <translation>Окуучулардын саны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="26"/>
        <source>Urban / rural</source>
        <translation>Шаар / айыл</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="27"/>
        <source>Latitude</source>
        <translation>Кеңдик</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="28"/>
        <source>Longitude</source>
        <translation>Узундук</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="30"/>
        <source>Has internet (yes/no)</source>
        <translation>Интернет барбы (ооба/жок)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="31"/>
        <source>Download speed</source>
        <translation>Жүктөө ылдамдыгы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="32"/>
        <source>Connection type</source>
        <translation>Туташуу түрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="33"/>
        <source>Provider (ISP)</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="34"/>
        <source>Pipeline status</source>
        <translation>Туташтыруу планындагы абалы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="29"/>
        <source>Latitude, longitude in one column</source>
        <translation>Кеңдик жана узундук бир мамычада</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="58"/>
        <source>Match the columns of the school list</source>
        <translation>Мектептер тизмесинин мамычаларын дал келтириңиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="61"/>
        <source>Choose the column that holds each item; latitude and longitude (or one column with both) are needed.</source>
        <translation>Ар бир талаа үчүн мамычаны тандаңыз; кеңдик жана узундук (же экөө тең бир мамычада) керек.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="68"/>
        <source>(not in the list)</source>
        <translation>(тизмеде жок)</translation>
    </message>
</context>
<context>
    <name>Definitions</name>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Good connection</source>
        <translation>Жакшы туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Moderate connection</source>
        <translation>Орточо туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Bad connection</source>
        <translation>Начар туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>No connection</source>
        <translation>Туташуу жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Connected</source>
        <translation>Туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Not connected</source>
        <translation>Туташпаган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Connectivity unknown</source>
        <translation>Туташуусу белгисиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Not in the work plan</source>
        <translation>Иш планында жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Contracted</source>
        <translation>Келишим боюнча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>In progress</source>
        <translation>Иш жүрүүдө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Connected by the plan</source>
        <translation>План боюнча туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no fiber found</source>
        <translation>була табылган жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>far from fiber</source>
        <translation>буладан алыс</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>high elevation</source>
        <translation>бийик жер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>rugged path</source>
        <translation>трассада татаал рельеф</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>outside boundary</source>
        <translation>чек арадан тышкары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Fiber</source>
        <translation>Оптикалык була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Microwave (P2P)</source>
        <translation>Радиорелелик байланыш (P2P)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Cellular</source>
        <translation>Уюлдук байланыш</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Satellite</source>
        <translation>Спутник байланышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no coordinates</source>
        <translation>координаттар жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>coordinates that cannot be read</source>
        <translation>координаттар окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>coordinates 0, 0</source>
        <translation>координаттар 0, 0</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>coordinates out of range</source>
        <translation>координаттар чектен тышкары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>latitude and longitude swapped</source>
        <translation>кеңдик менен узундук алмашып калган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>just outside the boundary</source>
        <translation>чек арадан бир аз сыртта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>outside the boundary</source>
        <translation>чек арадан сыртта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>duplicate school id</source>
        <translation>мектептин коду кайталанат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>duplicate nearby</source>
        <translation>жакын жерде кайталанган мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no school id</source>
        <translation>мектептин коду жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no school name</source>
        <translation>мектептин аталышы жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>connectivity cannot be read</source>
        <translation>туташуу окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>connected, as a speed is given</source>
        <translation>туташкан, анткени ылдамдык көрсөтүлгөн</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>&apos;not connected&apos; with a speed</source>
        <translation>«туташпаган», бирок ылдамдык көрсөтүлгөн</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>speed cannot be read</source>
        <translation>ылдамдык окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>speed unit doubtful</source>
        <translation>ылдамдыктын бирдиги шектүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>implausible speed</source>
        <translation>ишенимсиз ылдамдык</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>students cannot be read</source>
        <translation>окуучулардын саны окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>implausible number of students</source>
        <translation>окуучулардын саны ишенимсиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>area type cannot be read</source>
        <translation>жердин түрү окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>line in another encoding</source>
        <translation>сап башка коддоодо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>unreadable characters</source>
        <translation>окулбаган белгилер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>wrong number of cells</source>
        <translation>уячалардын саны туура эмес</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Operator&apos;s plan</source>
        <translation>Оператордун планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Least cost</source>
        <translation>Эң аз наркы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>costs more than a phase&apos;s budget</source>
        <translation>этаптын бюджетинен кымбат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>its upstream link is in no phase</source>
        <translation>жогорку линиясы эч бир этапка кирген жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no feasible technology</source>
        <translation>ишке ашуучу технология жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Speed unknown</source>
        <translation>Ылдамдыгы белгисиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Copper (DSL)</source>
        <translation>Жез (DSL)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Grid</source>
        <translation>Электр тармагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Solar</source>
        <translation>Күн панелдери</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>No power</source>
        <translation>Электр жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>surveys disagree</source>
        <translation>текшерүүлөр дал келбейт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>deleted in the field (kept)</source>
        <translation>талаада өчүрүлгөн (сакталды)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>moved in the field (not applied)</source>
        <translation>талаада жылдырылган (колдонулган жок)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>added in the field (candidate)</source>
        <translation>талаада кошулган (талапкер)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>not in the school list</source>
        <translation>мектептердин тизмесинде жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>twice in one package</source>
        <translation>бир пакетте эки жолу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>survey without a date</source>
        <translation>датасыз текшерүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>older than the school list&apos;s survey</source>
        <translation>мектептер тизмесиндеги текшерүүдөн эскирээк</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>value not understood</source>
        <translation>маани таанылган жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>downloaded</source>
        <translation>жүктөлдү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>unchanged</source>
        <translation>өзгөрүүсүз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>source unavailable, last good copy</source>
        <translation>булак жеткиликсиз, акыркы туура көчүрмө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>source unavailable, no copy</source>
        <translation>булак жеткиликсиз, көчүрмө жок</translation>
    </message>
</context>
<context>
    <name>DistanceToFiberAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="36"/>
        <source>Distance to fiber</source>
        <translation>Оптикалык булага чейинки аралык</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="48"/>
        <source>For every school, the distance in metres to the nearest point of the nearest fiber line or node, measured on the WGS 84 ellipsoid (geodesic) whatever the layers&apos; CRS: not in degrees, not in a projection.

Fiber: one or more layers of lines and/or points (nodes), any CRS; multi-part, curved and Z/M geometries are accepted (Z/M ignored). Each line segment is the geodesic between its two vertices. Features without usable geometry are skipped and listed in the log.

Operational only: keeps fiber features whose &apos;status&apos; or &apos;node_status&apos; is &apos;operational&apos; (any case); layers without such a field are used whole, with a warning.

Maximum search distance: 0 means no limit. Schools with no fiber within a positive limit get an empty distance (they count as &apos;no fiber&apos; for the hard-to-connect flags).

Ties: when two features are equally near (within {tie} mm) the one in the first fiber layer listed wins, then the lowest feature id.

Outputs: the schools with fiber_distance_m, fiber_feature_id (feature id in its layer), fiber_layer (layer name), fiber_lon / fiber_lat (the nearest fiber point, EPSG:4326); and optionally the connection lines school -&gt; nearest fiber point.</source>
        <translation>Ар бир мектеп үчүн — эң жакын оптикалык була линиясынын же түйүнүнүн эң жакын чекитине чейинки метр менен аралык, катмарлардын координаттар системасына карабастан WGS 84 эллипсоидинде (геодезиялык) өлчөнөт: градус менен эмес жана проекцияда эмес.

Оптикалык була: каалаган координаттар системасындагы линиялардын жана/же чекиттердин (түйүндөрдүн) бир же бир нече катмары; курама, ийри жана Z/M геометриялар кабыл алынат (Z/M эске алынбайт). Линиянын ар бир сегменти — эки чокунун ортосундагы геодезиялык сызык. Жарактуу геометриясы жок объекттер өткөрүлөт жана журналда көрсөтүлөт.

Иштеп жаткандар гана: «status» же «node_status» талаасы «operational» болгон була объекттерин калтырат (чоң-кичине тамга маанилүү эмес); мындай талаасы жок катмарлар толугу менен, эскертүү менен колдонулат.

Издөөнүн эң чоң аралыгы: 0 — чексиз. Оң чектин ичинде буласы жок мектептер бош аралык алат (туташтыруу кыйындыгынын белгилери үчүн алар «буласыз» деп эсептелет).

Теңдик: эки объект бирдей жакын болсо ({tie} мм чегинде), көрсөтүлгөн биринчи була катмарындагы объект, андан кийин эң кичине коду бар объект тандалат.

Жыйынтыктар: fiber_distance_m, fiber_feature_id (объекттин өз катмарындагы коду), fiber_layer (катмардын аталышы), fiber_lon / fiber_lat (буланын эң жакын чекити, EPSG:4326) талаалары бар мектептер; жана каалоо боюнча «мектеп → буланын эң жакын чекити» туташтыруу сызыктары.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="67"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="70"/>
        <source>Only operational fiber (status field)</source>
        <translation>Иштеп жаткан була гана (статус талаасы)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="72"/>
        <source>Maximum search distance (m, 0 = no limit)</source>
        <translation>Издөөнүн эң чоң аралыгы (м, 0 = чексиз)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="75"/>
        <source>Schools with distance to fiber</source>
        <translation>Булага чейинки аралыгы бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="77"/>
        <source>Connection lines</source>
        <translation>Туташтыруу сызыктары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="80"/>
        <source>Schools measured</source>
        <translation>Өлчөнгөн мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="81"/>
        <source>Schools without fiber in reach</source>
        <translation>Жакын жерде буласы жок мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="82"/>
        <source>Fiber segments used</source>
        <translation>Колдонулган була сегменттери</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="87"/>
        <source>Reading fiber</source>
        <translation>Була окулууда</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="91"/>
        <source>Reading schools</source>
        <translation>Мектептер окулууда</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="96"/>
        <source>Measuring</source>
        <translation>Өлчөө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="103"/>
        <source>Writing</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="114"/>
        <source>{measured} schools measured, {without} without fiber in reach, {unlocated} without a location</source>
        <translation>{measured} мектеп өлчөндү, {without} мектептин жанында була жок, {unlocated} мектептин жайгашкан жери жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="124"/>
        <source>{name}: fiber must be a vector layer (lines or points)</source>
        <translation>{name}: була вектордук катмар болушу керек (линиялар же чекиттер)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="130"/>
        <source>{count} fiber segments from {layers} layer(s)</source>
        <translation>{layers} катмардан {count} була сегменти</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="133"/>
        <source>{layer}: feature {fid} skipped: {problem}</source>
        <translation>{layer}: {fid} объекти өткөрүлдү: {problem}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="136"/>
        <source>{layer}: {count} feature(s) skipped in all: {problem}</source>
        <translation>{layer}: бардыгы {count} объект өткөрүлдү: {problem}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="139"/>
        <source>{layer}: no status field, all its features used</source>
        <translation>{layer}: абал талаасы жок, бардык объекттери колдонулат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="141"/>
        <source>No usable fiber: every school gets no distance (no_fiber).</source>
        <translation>Жарактуу була жок: эч бир мектепке аралык берилбейт (no_fiber).</translation>
    </message>
</context>
<context>
    <name>ExportPlanningMapsAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="35"/>
        <source>Export planning maps</source>
        <translation>Пландоо карталарын экспорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="69"/>
        <source>Regions (admin level 1), one atlas page each</source>
        <translation>Облустар (1-админ. деңгээл), ар бирине атластын бир барагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="70"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="70"/>
        <source>School connectivity planning map</source>
        <translation>Мектептерди туташтырууну пландоо картасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="75"/>
        <source>Paper size</source>
        <translation>Кагаздын өлчөмү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>Orientation</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>Landscape</source>
        <translation>Туурасынан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>Portrait</source>
        <translation>Тигинен</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="79"/>
        <source>Resolution (dpi)</source>
        <translation>Чечилиши (dpi)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="85"/>
        <source>National map template (.qpt)</source>
        <translation>Улуттук картанын шаблону (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="85"/>
        <source>Region page template (.qpt)</source>
        <translation>Облус барагынын шаблону (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="92"/>
        <source>Planning map (PDF)</source>
        <translation>Пландоо картасы (PDF)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="92"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="94"/>
        <source>National page (PNG)</source>
        <translation>Улуттук барак (PNG)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="94"/>
        <source>PNG images (*.png)</source>
        <translation>PNG сүрөттөрү (*.png)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="96"/>
        <source>National page (SVG)</source>
        <translation>Улуттук барак (SVG)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="96"/>
        <source>SVG files (*.svg)</source>
        <translation>SVG файлдары (*.svg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="99"/>
        <source>Pages</source>
        <translation>Барактар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="109"/>
        <source>Reading {n} schools…</source>
        <translation>{n} мектеп окулууда…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="115"/>
        <source>{layer}: no school has coordinates, nothing to map</source>
        <translation>{layer}: эч бир мектептин координаттары жок, картага түшүрө турган эч нерсе жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="124"/>
        <source>Printing {n} pages…</source>
        <translation>{n} барак басылууда…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="135"/>
        <source>Wrote {path}</source>
        <translation>{path} жазылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="89"/>
        <source>Progress chart for the national page</source>
        <translation>Улуттук барак үчүн жылыш графиги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="89"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Сүрөттөр (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="163"/>
        <source>{path}: progress chart not found</source>
        <translation>{path}: жылыш графиги табылган жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="165"/>
        <source>The national template has no room for the progress chart; left out.</source>
        <translation>Улуттук шаблондо жылыш графиги үчүн орун жок; ал кошулган жок.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="56"/>
        <source>Prints the national planning map (schools by connectivity, hard-to-connect schools, fiber, regions, legend, statistics) and, when regions are given, one page per region with its statistics and the list of schools to connect. One multi-page PDF (national page first), a PNG per page (regions as &lt;name&gt;_&lt;region&gt;.png beside the national PNG) and an optional SVG of the national page. Given the phases and clusters of &apos;Plan technologies, costs and phases&apos; (and its routes by phase), a construction plan page follows the national page: routes coloured by the phase that builds them, the phases&apos; totals and the clusters in build order. The layouts come from editable templates (.qpt): pass your own to restyle them. An optional progress chart (an image, such as the dock&apos;s chart of connected schools over time) is printed on the national page under the region table.</source>
        <translation>Улуттук пландоо картасын (туташуусу боюнча мектептер, туташтыруу кыйын мектептер, була, аймактар, легенда, статистика) жана аймактар берилсе, ар бир аймакка статистикасы жана туташтырыла турган мектептердин тизмеси менен бир барак басып чыгарат. Бир көп барактуу PDF (биринчи улуттук барак), ар бир баракка PNG (аймактар улуттук PNG жанында &lt;аты&gt;_&lt;аймак&gt;.png түрүндө) жана кааласаңыз улуттук барактын SVG файлы. «Технологиялар, чыгымдар жана этаптар планынын» этаптары жана кластерлери (жана анын этаптар боюнча трассалары) берилсе, улуттук барактан кийин куруу планынын барагы келет: трассалар аларды курган этаптын түсүндө, этаптардын жыйынтыктары жана куруу тартибиндеги кластерлер. Макеттер түзөтүлүүчү шаблондордон (.qpt) алынат: көрүнүшүн өзгөртүү үчүн өзүңүздүкүн бериңиз. Кошумча иштин жүрүшүнүн диаграммасы (сүрөт, мисалы панелдеги туташкан мектептердин диаграммасы) улуттук баракта аймактар таблицасынын астында басылат.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="81"/>
        <source>Construction phases (table)</source>
        <translation>Куруу этаптары (таблица)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="81"/>
        <source>Clusters (table)</source>
        <translation>Кластерлер (таблица)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="85"/>
        <source>Construction plan template (.qpt)</source>
        <translation>Куруу планынын шаблону (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="72"/>
        <source>Data sources line (empty: made from the layers&apos; titles)</source>
        <translation>Маалымат булактарынын сабы (бош: катмарлардын аталыштарынан)</translation>
    </message>
</context>
<context>
    <name>ExportTablesAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="46"/>
        <source>Schools (analysed)</source>
        <translation>Мектептер (талдоодон кийин)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="48"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel китеби (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="49"/>
        <source>Prioritised list</source>
        <translation>Артыкчылык боюнча тизме</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="51"/>
        <source>Hard-to-connect list</source>
        <translation>Туташтыруу кыйын мектептердин тизмеси</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="59"/>
        <source>Rows in the prioritised list</source>
        <translation>Артыкчылык тизмесиндеги саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="60"/>
        <source>Rows in the hard-to-connect list</source>
        <translation>Туташтыруу кыйын мектептер тизмесиндеги саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="66"/>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="66"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="95"/>
        <source>Wrote {n} rows to {path}</source>
        <translation>{path} файлына {n} сап жазылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="25"/>
        <source>Export the plan&apos;s lists</source>
        <translation>Пландын тизмелерин экспорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="38"/>
        <source>Writes the prioritised list (ranked schools in rank order, with technology, its source, cluster, route and costs; without ranks, the unconnected schools), the hard-to-connect list with reasons, and given the tables of &apos;Plan technologies, costs and phases&apos;, the clusters and the phases. A .csv file is UTF-8 with a byte-order mark so Excel reads Cyrillic names; a .xlsx file is a spreadsheet. Text that starts with = + - @ gets a leading apostrophe so a spreadsheet never runs it as a formula.</source>
        <translation>Артыкчылык тизмесин (даражасы бар мектептер даража тартибинде, технологиясы, анын булагы, кластери, трассасы жана чыгымдары менен; даражасыз болсо — туташпаган мектептер), туташтыруу кыйын мектептердин себептери менен тизмесин жана «Технологиялар, чыгымдар жана этаптар планынын» таблицалары берилсе, кластерлерди жана этаптарды жазат. .csv файлы Excel кириллицаны окушу үчүн байт тартибинин белгиси менен UTF-8 коддоосунда жазылат; .xlsx файлы — электрондук таблица. = + - @ менен башталган текстке башына апостроф кошулат, таблица аны эч качан формула катары аткарбашы үчүн.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="53"/>
        <source>Clusters list</source>
        <translation>Кластерлердин тизмеси</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="53"/>
        <source>Clusters (table)</source>
        <translation>Кластерлер (таблица)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="53"/>
        <source>Phases list</source>
        <translation>Этаптардын тизмеси</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="53"/>
        <source>Construction phases (table)</source>
        <translation>Куруу этаптары (таблица)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="77"/>
        <source>Clusters</source>
        <translation>Кластерлер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="77"/>
        <source>Phases</source>
        <translation>Этаптар</translation>
    </message>
</context>
<context>
    <name>FiberRoutesAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="37"/>
        <source>Shared fiber routes</source>
        <translation>Жалпы була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="75"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="78"/>
        <source>Roads (optional)</source>
        <translation>Жолдор (милдеттүү эмес)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="80"/>
        <source>Road snap distance (m)</source>
        <translation>Жолго байлоо аралыгы (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="83"/>
        <source>Maximum link length (m)</source>
        <translation>Линиянын эң чоң узундугу (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="86"/>
        <source>Detour factor on straight links</source>
        <translation>Түз линиялардын ийрилик коэффициенти</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="89"/>
        <source>Also route schools with unknown connectivity</source>
        <translation>Туташуусу белгисиз мектептерге да трасса салуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="91"/>
        <source>Schools with routes</source>
        <translation>Трассалары бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="93"/>
        <source>Fiber routes</source>
        <translation>Оптикалык була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Schools out of reach</source>
        <translation>Жетүүгө болбогон мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Shared route length (km)</source>
        <translation>Жалпы трассалардын узундугу (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Length if each school were connected alone (km)</source>
        <translation>Ар бир мектеп өзүнчө туташтырылса узундугу (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="148"/>
        <source>Give the fiber layers, or schools with the fields {fields} (run Distance to fiber first); missing: {missing}</source>
        <translation>Була катмарларын же {fields} талаалары бар мектептерди көрсөтүңүз (адегенде «Оптикалык булага чейинки аралыкты» аткарыңыз); жок: {missing}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="183"/>
        <source>Out of reach, {reason}: {count}</source>
        <translation>Жетүүгө болбойт, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="134"/>
        <source>{sources}: the fiber layers hold no usable line or node.</source>
        <translation>{sources}: була катмарларында жарактуу линия же түйүн жок.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="53"/>
        <source>Plans fiber routes to every school to connect (not connected, or committed in the operator&apos;s work plan), sharing trenches between neighbours. Routes start only from fiber: the fiber layers and the schools on fiber (connected by fiber, or connected by the plan with fiber). A school on 3G, copper, microwave or satellite carries no fiber on. Every school joins one spanning tree through the shortest links (as Giga&apos;s cost model and ITU&apos;s planning platform do); a link longer than the maximum is not built unless a school below it is committed in the operator&apos;s plan.

A cluster is a link from fiber and the schools reached through it (cluster_id). path_max_link_m is the longest link on the school&apos;s route: the tree&apos;s route minimises it, so the school is reachable through links within the maximum exactly when it is within the maximum.

Without roads a link is the geodesic straight line times the detour factor. With a roads layer links follow the shortest road path (searched within the maximum link); schools and fiber points are snapped to the nearest road vertex within the snap distance.

The nearest fiber point of each school is measured on the fiber layers when given, otherwise taken from the fields fiber_distance_m, fiber_lon and fiber_lat (Distance to fiber).

Outputs: the schools with route_key, route_length_m (the school&apos;s own link), upstream_type (fiber, fiber_school, school, none), upstream_id, upstream_lon/lat, route_order (build order from the network), path_length_m, path_max_link_m, cluster_id, alone_length_m (its direct link to the network) and route_note; and the links within reach as lines (from_id, to_id, length_m, order, cluster_id).</source>
        <translation>Туташтырыла турган ар бир мектепке (туташпаган же оператордун иш планында убада кылынган) кошуналардын траншеяларын бириктирип, була трассаларын пландайт. Трассалар булдан гана башталат: була катмарларынан жана булалуу мектептерден (була аркылуу туташкан же план боюнча була менен туташтырылуучу). 3G, жез, радиорелелик же спутник байланышындагы мектеп буланы андан ары өткөрбөйт. Ар бир мектеп эң кыска линиялар аркылуу бир өзөктүү дарак менен кошулат (Giga чыгымдар моделиндегидей жана ЭБС пландоо платформасындагыдай); максималдуудан узун линия, андан төмөн оператордун планында убада кылынган мектеп жок болсо, курулбайт.

Кластер — булдан чыккан линия жана ал аркылуу жеткен мектептер (cluster_id). path_max_link_m — мектептин трассасындагы эң узун линия: дарак боюнча трасса аны минималдаштырат, ошондуктан мектепке максимумдан ашпаган линиялар аркылуу ушул маани максимумдан ашпаганда гана жетүүгө болот.

Жолдор жок болсо линия — геодезиялык түз сызык, ийрилик коэффициентине көбөйтүлгөн. Жолдор катмары менен линиялар жолдор боюнча эң кыска жол менен өтөт (максималдуу линиянын чегинде); мектептер жана була чекиттери байлоо аралыгынын чегиндеги жолдун эң жакын чокусуна байланат.

Ар бир мектептин эң жакын була чекити була катмарлары берилсе ошолор боюнча ченелет, болбосо fiber_distance_m, fiber_lon жана fiber_lat талааларынан алынат («Булага чейинки аралык»).

Натыйжалар: route_key, route_length_m (мектептин өз линиясы), upstream_type (fiber, fiber_school, school, none), upstream_id, upstream_lon/lat, route_order (тармактан куруу тартиби), path_length_m, path_max_link_m, cluster_id, alone_length_m (тармакка түз линиясы) жана route_note талаалары бар мектептер; жана жетүүгө боло турган линиялар (from_id, to_id, length_m, order, cluster_id).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Schools fiber can reach</source>
        <translation>Була жете турган мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Clusters</source>
        <translation>Кластерлер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="111"/>
        <source>Routing {count} schools from {sources} schools on fiber and the fiber network</source>
        <translation>{count} мектепке {sources} булалуу мектептен жана була тармагынан трасса салуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="175"/>
        <source>{routed} schools reached through links within {max_km:.0f} km in {clusters} clusters, {unreachable} out of reach; shared routes {route:.1f} km against {alone:.1f} km if each school were connected alone ({compared} schools compared): {saving:.1f} km of trench saved</source>
        <translation>{routed} мектепке {max_km:.0f} км чейинки линиялар аркылуу {clusters} кластерде жетүүгө болот, {unreachable} жетпейт; жалпы трассалар {route:.1f} км, ар бир мектеп өзүнчө туташтырылса {alone:.1f} км (салыштырылган мектептер: {compared}): {saving:.1f} км траншея үнөмдөлдү</translation>
    </message>
</context>
<context>
    <name>FieldSurveyPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="25"/>
        <source>Merge field surveys…</source>
        <translation>Талаа текшерүүлөрүн бириктирүү…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="28"/>
        <source>Bring back field packages edited offline in QField or QGIS: their surveys update the school layer; deletions, moves and additions are only listed</source>
        <translation>QField же QGIS'те офлайн түзөтүлгөн талаа пакеттерин кайтаруу: алардын текшерүүлөрү мектептер катмарын жаңылайт; өчүрүүлөр, жылдыруулар жана кошуулар гана тизмеленет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="48"/>
        <source>Field packages to merge</source>
        <translation>Бириктирүүчү талаа пакеттери</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="48"/>
        <source>Field packages (*.gpkg)</source>
        <translation>Талаа пакеттери (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="56"/>
        <source>Another step is running; merge when it has ended.</source>
        <translation>Башка кадам аткарылууда; ал бүткөндө бириктириңиз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="60"/>
        <source>Merging {count} packages…</source>
        <translation>Пакеттер бириктирилүүдө: {count}…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="67"/>
        <source>The merge did not run to the end; nothing was changed.</source>
        <translation>Бириктирүү аягына чыккан жок; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="70"/>
        <source>{updated} schools updated, {changes} changes; &lt;a href=&apos;#&apos;&gt;{conflicts} listed for review&lt;/a&gt;</source>
        <translation>Жаңыланган мектептер: {updated}, өзгөрүүлөр: {changes}; &lt;a href='#'&gt;текшерүүгө: {conflicts}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>FlagHardToConnectAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="43"/>
        <source>Flag hard-to-connect schools</source>
        <translation>Туташтыруу кыйын мектептерди белгилөө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="73"/>
        <source>Elevation model (DEM)</source>
        <translation>Санариптик рельеф модели (СРМ)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="75"/>
        <source>Country boundary</source>
        <translation>Өлкөнүн чек арасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="79"/>
        <source>High elevation above (m)</source>
        <translation>Бийиктик, андан жогору (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="89"/>
        <source>Schools with hard-to-connect flags</source>
        <translation>Туташтыруу кыйындыгы белгиленген мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="91"/>
        <source>Hard-to-connect schools</source>
        <translation>Туташтыруу кыйын мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="170"/>
        <source>{count} hard-to-connect schools</source>
        <translation>Туташтыруу кыйын мектептер: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="54"/>
        <source>Flags schools fiber cannot reach and says why. Input: the output of &apos;Shared fiber routes&apos; (fields route_key, upstream_*, route_order, path_max_link_m, route_note).

A school not yet connected is hard to connect by fiber when no route of links within the maximum link reaches it from fiber or a school on fiber, or when there is no fiber point at all. Elevation, terrain along the route and a location outside the boundary explain a flag; they flag a school on their own only when chosen as extra triggers.

Reasons (hard_reasons, joined by &apos;;&apos;):
{rules}

With a DEM (any CRS; reprojected to EPSG:4326 in memory) each route link is sampled every half pixel (bilinear): elevation_m at the school, link_max_slope_deg (the steepest rise over a sustained kilometre, or two pixels where the DEM is coarser, so the threshold does not depend on the DEM&apos;s resolution), route_max_slope_deg and route_max_elevation_m along the whole route to fiber. Without a DEM, or without a boundary, the rules that need them do not fire. Clear a threshold to switch its rule off. Every flag can be recomputed from the output fields.</source>
        <translation>Була жетпеген мектептерди белгилейт жана себебин айтат. Кирүү: «Жалпы була трассаларынын» натыйжасы (route_key, upstream_*, route_order, path_max_link_m, route_note талаалары).

Али туташпаган мектепке булдан же булалуу мектептен максимумдан ашпаган линиялардын эч бир трассасы жетпесе, же була чекити такыр жок болсо, аны була менен туташтыруу кыйын. Бийиктик, трасса боюнча рельеф жана чек арадан тышкары жайгашуу белгини түшүндүрөт; кошумча шарт катары тандалганда гана мектепти өзүнчө белгилешет.

Себептер (hard_reasons, ';' аркылуу):
{rules}

СРМ менен (каалаган координаттар системасы; эстутумда EPSG:4326 га кайра проекцияланат) трассанын ар бир линиясы ар бир жарым пикселде (билинеардык) окулат: мектептеги elevation_m, link_max_slope_deg (бир километр же СРМ ирирээк болсо эки пиксел бою эң тик көтөрүлүү, босого СРМдин чечилишинен көз каранды болбошу үчүн), булага чейинки бүт трасса бою route_max_slope_deg жана route_max_elevation_m. СРМ же чек ара жок болсо, аларды талап кылган эрежелер иштебейт. Эрежесин өчүрүү үчүн босогону тазалаңыз. Ар бир белгини натыйжанын талааларынан кайра эсептөөгө болот.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="71"/>
        <source>Schools with fiber routes</source>
        <translation>Була трассалары бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="78"/>
        <source>Longest link fiber can take (m)</source>
        <translation>Була үчүн эң узун линия (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="80"/>
        <source>Rugged route: sustained slope steeper than (degrees)</source>
        <translation>Татаал трасса: туруктуу эңкейиш андан тик (градус)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="86"/>
        <source>Also flag on their own</source>
        <translation>Өзүнчө да белгилөө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="97"/>
        <source>{layer}: no field {fields}; run &apos;Shared fiber routes&apos; on the schools first</source>
        <translation>{layer}: {fields} талаасы жок; адегенде мектептер үчүн «Жалпы була трассалары» иштетиңиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="138"/>
        <source>Sampling terrain along the routes to fiber</source>
        <translation>Булага трассалар боюнча рельефти тандоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="167"/>
        <source>{code} ({role}): {field} &gt; {value} {unit}</source>
        <translation>{code} ({role}): {field} &gt; {value} {unit}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="172"/>
        <source>  {reason} ({code}): {count}</source>
        <translation>  {reason} ({code}): {count}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/help.py" line="27"/>
        <source>School Connectivity – User guide</source>
        <translation>School Connectivity – Колдонуучунун колдонмосу</translation>
    </message>
</context>
<context>
    <name>ImportPipelineAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="32"/>
        <source>Import the operator&apos;s work plan</source>
        <translation>Оператордун иш планын импорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="72"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="74"/>
        <source>Work plan file</source>
        <translation>Иш планынын файлы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="74"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*.*)</source>
        <translation>Таблицалар (*.csv *.tsv *.txt *.xlsx);;Бардык файлдар (*.*)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="77"/>
        <source>…or a work plan table of the project</source>
        <translation>…же долбоордогу иш планынын таблицасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>School id column</source>
        <translation>Мектептин коду мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>School name column</source>
        <translation>Мектептин аталышы мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>Region column</source>
        <translation>Облус мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>District column</source>
        <translation>Район мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>Status column</source>
        <translation>Абал мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="87"/>
        <source>Minimum name score (0-1)</source>
        <translation>Аталыштын дал келүүсүнүн эң төмөнкү баасы (0–1)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="90"/>
        <source>Schools with pipeline status</source>
        <translation>Туташтыруу планындагы абалы бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="92"/>
        <source>Plan rows to check</source>
        <translation>Текшерүүчү план саптары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="94"/>
        <source>Plan rows</source>
        <translation>Пландын саптары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="94"/>
        <source>Matched by id</source>
        <translation>Коду боюнча дал келди</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="94"/>
        <source>Matched by name</source>
        <translation>Аталышы боюнча дал келди</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="94"/>
        <source>Rows to check</source>
        <translation>Текшерүүчү саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="107"/>
        <source>{path}, row {row}: {detail}</source>
        <translation>{path}, {row}-сап: {detail}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="111"/>
        <source>Give a work plan file or a work plan table.</source>
        <translation>Иш планынын файлын же иш планынын таблицасын көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="125"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="125"/>
        <source>work plan</source>
        <translation>иш планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="135"/>
        <source>The schools have no school_id field (import them first).</source>
        <translation>Мектептерде school_id талаасы жок (адегенде аларды импорттоңуз).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="157"/>
        <source>{rows} plan rows: {by_id} matched by id, {by_name} by name, {check} to check</source>
        <translation>Пландын {rows} сабы: {by_id} коду боюнча, {by_name} аталышы боюнча дал келди, {check} текшерүү керек</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="160"/>
        <source>To check, {reason}: {count}</source>
        <translation>Текшерүү керек, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="163"/>
        <source>Schools {status}: {count}</source>
        <translation>{status} абалындагы мектептер: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="52"/>
        <source>Joins the operator's work plan (CSV/XLSX file or a table/layer: school id and/or name, region, district, status, dates) to the schools and sets pipeline_status: planned, contracted, in_progress or connected (English, Russian and Kyrgyz words are understood, e.g. запланировано, контракт, в работе, подключено).

A row is matched by school id first; otherwise by name within the same district (admin2), else the same region (admin1), else anywhere. Names are compared across Cyrillic and Latin spelling ('СОШ №2' = 'Secondary school No. 2'), generic words are ignored, the numbers and school types (gymnasium, lyceum, primary, basic) must be equal, and the score must reach the minimum score with no close runner-up.

Columns are found by their names (id, name, region, district, status in English, Russian, Kyrgyz); choose them to override.

Outputs: the schools with pipeline_status, pipeline_match_method (id, name), pipeline_match_score, pipeline_source_row and pipeline_date (as written in the plan); and every plan row that needs a look (no match, ambiguous name, duplicate of a better match, unknown status) with the plan's own columns. No row is dropped.</source>
        <translation>Оператордун иш планын (CSV/XLSX файлы же таблица/катмар: мектептин коду жана/же аталышы, облус, район, абал, даталар) мектептерге кошот жана pipeline_status талаасын толтурат: planned, contracted, in_progress же connected (англис, орус жана кыргыз сөздөрү түшүнүлөт, мисалы запланировано, контракт, в работе, подключено).

Сап адегенде мектептин коду боюнча дал келтирилет; болбосо ошол эле райондогу (admin2), андан кийин ошол эле облустагы (admin1), андан кийин каалаган жердеги аталышы боюнча. Аталыштар кириллица жана латын жазылышын эске алуу менен салыштырылат («СОШ №2» = «Secondary school No. 2»), жалпы сөздөр эске алынбайт, номерлер жана мектептин түрлөрү (гимназия, лицей, башталгыч, негизги) дал келиши керек, ал эми баа жакын экинчи талапкерсиз эң төмөнкү баага жетиши керек.

Мамычалар аталыштары боюнча табылат (код, аталышы, облус, район, абал — англисче, орусча, кыргызча); аларды кол менен көрсөтүү үчүн тандаңыз.

Жыйынтыктар: pipeline_status, pipeline_match_method (id, name), pipeline_match_score жана pipeline_source_row талаалары бар мектептер; жана текшерүүнү талап кылган пландын бардык саптары (дал келүү жок, аталышы бир маанилүү эмес, жакшыраак дал келүүнүн кайталанышы, белгисиз абал) пландын өз мамычалары менен. Бир да сап жоголбойт.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>Date column</source>
        <translation>Дата мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="128"/>
        <source>{name}: id ← {id}, name ← {school}, region ← {a1}, district ← {a2}, status ← {status}, date ← {date}</source>
        <translation>{name}: код ← {id}, аталышы ← {school}, облус ← {a1}, район ← {a2}, абал ← {status}, дата ← {date}</translation>
    </message>
</context>
<context>
    <name>ImportSchoolsAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="72"/>
        <source>Import school list</source>
        <translation>Мектептердин тизмесин импорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="131"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="113"/>
        <source>School list file</source>
        <translation>Мектептердин тизмесинин файлы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="117"/>
        <source>…or a school layer of the project</source>
        <translation>…же долбоордогу мектептер катмары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="123"/>
        <source>Country boundary</source>
        <translation>Өлкөнүн чек арасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="125"/>
        <source>Boundary tolerance (km)</source>
        <translation>Чек аранын жол берилген четтөөсү (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="129"/>
        <source>Column map (field=Column;field=Column)</source>
        <translation>Мамычаларды дал келтирүү (талаа=Мамыча;талаа=Мамыча)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="133"/>
        <source>Rejected rows</source>
        <translation>Четке кагылган саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="135"/>
        <source>Rows in</source>
        <translation>Кирген саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="136"/>
        <source>Schools loaded</source>
        <translation>Жүктөлгөн мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="137"/>
        <source>Rows rejected</source>
        <translation>Четке кагылган саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="144"/>
        <source>Give a school list file or a school layer.</source>
        <translation>Мектептердин тизмесинин файлын же мектептер катмарын көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="149"/>
        <source>Read {path}: encoding {encoding}, delimiter {delimiter}</source>
        <translation>{path} окулду: коддоо {encoding}, бөлгүч {delimiter}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="152"/>
        <source>Column {old} renamed to {new} (blank or repeated header)</source>
        <translation>{old} мамычасы {new} деп өзгөртүлдү (бош же кайталанган баш сап)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="196"/>
        <source>{field} ← {column}</source>
        <translation>{field} ← {column}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="257"/>
        <source>Rows lost: {loaded} + {rejected} != {rows}</source>
        <translation>Саптар жоголду: {loaded} + {rejected} != {rows}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="259"/>
        <source>{rows} rows in: {loaded} schools loaded, {rejected} rejected</source>
        <translation>Кирген {rows} сап: {loaded} мектеп жүктөлдү, {rejected} четке кагылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="262"/>
        <source>Rejected, {reason}: {count}</source>
        <translation>Четке кагылды, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="265"/>
        <source>Flagged, {code}: {count}</source>
        <translation>Белгиленди, {code}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="272"/>
        <source>Row {row}: {detail}</source>
        <translation>{row}-сап: {detail}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="274"/>
        <source>… and {count} more row issues (see qa_flags)</source>
        <translation>… жана саптарда дагы {count} көйгөй (qa_flags караңыз)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="248"/>
        <source>{name}: the boundary must be polygons</source>
        <translation>{name}: чек ара полигондордон турушу керек</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="190"/>
        <source>{name}: no column for {fields}; columns are: {columns}. Map them with the column map, e.g. latitude=Column;longitude=Column, or coordinates=Column for one column holding both</source>
        <translation>{name}: {fields} үчүн мамыча жок; бар мамычалар: {columns}. Аларды «Мамычаларды дал келтирүү» параметринде көрсөтүңүз, мисалы latitude=Мамыча;longitude=Мамыча же эки координата бир мамычада болсо coordinates=Мамыча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="91"/>
        <source>Reads a national school list (CSV/TSV/semicolon/pipe text in UTF-8, UTF-8 with BOM or CP1251; XLSX, ODS or XLS; GeoJSON, GeoPackage, Shapefile, KML or KMZ in any CRS; any of these inside a .zip; or a layer of the project) and writes the normalised school points in EPSG:4326.

Sheet or layer: the workbook sheet or the GeoPackage layer that holds the list. Empty: the first sheet whose header row names coordinate columns (title rows above it are skipped), or the only point layer; a file with several point layers is refused with their names. Every folder of a KML/KMZ is read. A .zip must hold one list; when it holds several, the error names them.

Columns are recognised by Giga school-master names and English, Russian and Kyrgyz aliases; 'Column map' overrides them, e.g. latitude=Широта;download_speed=Скорость.

No row is lost: a row is rejected only when it cannot be placed (missing, unreadable, zero or out-of-range coordinates) and goes to the rejects table with its reason and its raw values. Every other doubt (swapped lat/lon, outside the boundary, duplicates, implausible speeds or student counts, unreadable values) is kept and listed in qa_flags.

source_row is the 1-based number of the data row in the file, counted from the row after the header (blank lines are not rows); for a spatial file or a layer it is the feature's position in the layer (a KML's folders one after the other).

Reject reasons: {reasons}.
QA flags: {flags}.</source>
        <translation>Мектептердин улуттук тизмесин окуйт (UTF-8, BOM менен UTF-8 же CP1251 коддоосундагы үтүр, үтүрлүү чекит же тик сызык менен бөлүнгөн CSV/TSV тексти; XLSX, ODS же XLS; каалаган координаттар системасындагы GeoJSON, GeoPackage, Shapefile, KML же KMZ; .zip ичиндеги алардын каалаганы; же долбоордун катмары) жана мектептердин нормалдаштырылган чекиттерин EPSG:4326 системасында жазат.

Барак же катмар: тизме жайгашкан китептин барагы же GeoPackage катмары. Бош болсо: баш сабы координаттардын мамычаларын атаган биринчи барак (андан жогорку документтин аталыш саптары өткөрүлүп жиберилет) же жалгыз чекиттүү катмар; бир нече чекиттүү катмары бар файл алардын аттары менен четке кагылат. KML/KMZ файлынын бардык папкалары окулат. .zip ичинде бир тизме болушу керек; бир нечеси болсо, ката аларды атайт.

Мамычалар Giga school-master аталыштары жана англисче, орусча, кыргызча синонимдер боюнча таанылат; «Мамычаларды дал келтирүү» параметри аларды кол менен көрсөтөт, мисалы latitude=Широта;download_speed=Скорость.

Бир да сап жоголбойт: сап картага түшүрүлө албаганда гана четке кагылат (координаттар жок, окулбайт, нөл же уруксат берилген чектен тышкары) жана себеби жана баштапкы маанилери менен четке кагылган саптардын таблицасына түшөт. Башка ар кандай шек (кеңдик менен узундук алмашып кеткен, чек арадан тышкары, кайталанган, ишенүүгө мүмкүн эмес ылдамдык же окуучулардын саны, окулбаган маанилер) сакталат жана qa_flags талаасында көрсөтүлөт.

source_row — файлдагы маалымат сабынын 1ден баштаган номери, баш саптан кийинки саптан эсептелет (бош саптар эсептелбейт); мейкиндик файлы же катмар үчүн — объекттин катмардагы орду (KML папкалары бири-биринен кийин).

Четке кагуунун себептери: {reasons}.
Сапатты текшерүү (QA) белгилери: {flags}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="113"/>
        <source>School lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp *.kml *.kmz *.zip);;All files (*.*)</source>
        <translation>Мектептердин тизмелери (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp *.kml *.kmz *.zip);;Бардык файлдар (*.*)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="120"/>
        <source>Sheet or layer (empty: the one whose header names coordinates, or the only point layer)</source>
        <translation>Барак же катмар (бош: баш сабы координаттарды атаганы же жалгыз чекиттүү катмар)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="157"/>
        <source>Read {count} layers of {path}: {names}</source>
        <translation>{path} файлынан {count} катмар окулду: {names}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="230"/>
        <source>{name}: none of the {rows} rows can be placed on a map ({reasons}). Check the coordinate columns (map them with the column map) or the file.</source>
        <translation>{name}: {rows} саптын бирин да картага жайгаштырууга болбойт ({reasons}). Координата тилкелерин (тилкелер картасында дал келтириңиз) же файлды текшериңиз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="237"/>
        <source>{reason}: {count}</source>
        <translation>{reason}: {count}</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="34"/>
        <source>The normalised school layer (import a school list to create one)</source>
        <translation>Нормалдаштырылган мектептер катмары (аны түзүү үчүн мектептердин тизмесин импорттоңуз)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="35"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="38"/>
        <source>No fiber layer</source>
        <translation>Оптикалык була катмары жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="40"/>
        <source>Fiber lines and nodes, one or more layers</source>
        <translation>Оптикалык буланын линиялары жана түйүндөрү, бир же бир нече катмар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="41"/>
        <source>Fiber</source>
        <translation>Оптикалык була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="46"/>
        <source>Regions</source>
        <translation>Облустар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="51"/>
        <source>Elevation</source>
        <translation>Рельеф</translation>
    </message>
</context>
<context>
    <name>LiveSourceOptions</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="19"/>
        <source>Live source</source>
        <translation>Жандуу булак</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="24"/>
        <source>A school list published at an http(s) URL (CSV, GeoJSON, GeoPackage, zip or a paged JSON API). The last good copy is kept in the profile&apos;s cache folder.</source>
        <translation>http(s) дареги боюнча жарыяланган мектептердин тизмеси (CSV, GeoJSON, GeoPackage, zip же барактуу JSON API). Акыркы туура көчүрмө профилдин кэш папкасында сакталат.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="26"/>
        <source>School list URL</source>
        <translation>Мектептер тизмесинин дареги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="30"/>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="31"/>
        <source> min</source>
        <translation> мүн</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="33"/>
        <source>Check every</source>
        <translation>Ар бир ушунча убакытта текшерүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="37"/>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
</context>
<context>
    <name>LiveSourcePanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="28"/>
        <source>Checking the live source</source>
        <translation>Жандуу булак текшерилүүдө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="63"/>
        <source>Check the live source now</source>
        <translation>Жандуу булакты азыр текшерүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="96"/>
        <source>Live source: not checked yet</source>
        <translation>Жандуу булак: азырынча текшерилген жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="105"/>
        <source>Checking the live source…</source>
        <translation>Жандуу булак текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="114"/>
        <source>Live source unavailable: {error}</source>
        <translation>Жандуу булак жеткиликсиз: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="119"/>
        <source>As of {time}: {state}</source>
        <translation>{time} абалы боюнча: {state}</translation>
    </message>
</context>
<context>
    <name>LiveSources</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/sources.py" line="86"/>
        <source>{url}: {error}; using the last good copy of {time}</source>
        <translation>{url}: {error}; {time} убагындагы акыркы туура көчүрмө колдонулат</translation>
    </message>
</context>
<context>
    <name>MergeFieldSurveyAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="34"/>
        <source>Merge field surveys</source>
        <translation>Талаа текшерүүлөрүн бириктирүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="51"/>
        <source>Brings field packages back after a field team edited them offline in QField or QGIS: each school&apos;s survey sets its connectivity, download speed and connection type, recomputes its connectivity class, and records connectivity_source = field_survey, surveyed_at and the surveyor.

When packages disagree on a school, the latest surveyed_at wins and the disagreement is listed. Nothing is done silently: a school deleted in the field is kept, a school moved further than the threshold keeps its place, a school added in the field is not added; each is listed in the conflicts table. A survey no later than the one the school list already holds is not applied again, so merging the same package twice changes nothing. A package that is not a field package of this plugin, or was made from another school list, stops the merge, naming it.</source>
        <translation>Талаа тобу QField же QGIS'те офлайн түзөткөндөн кийин талаа пакеттерин кайтарат: ар бир мектептин текшерүүсү анын туташуусун, жүктөө ылдамдыгын жана туташуу түрүн белгилейт, туташуу классын кайра эсептейт жана connectivity_source = field_survey, surveyed_at жана текшерүүчүнү жазат.

Пакеттер бир мектеп боюнча дал келбесе, эң кеч surveyed_at жеңет жана айырмачылык тизмеленет. Эч нерсе унчукпай жасалбайт: талаада өчүрүлгөн мектеп сакталат, босогодон алыс жылдырылган мектеп ордунда калат, талаада кошулган мектеп кошулбайт; ар бири чыр-чатактар таблицасында тизмеленет. Мектептер тизмесинде мурунтан бар текшерүүдөн кеч эмес текшерүү кайра колдонулбайт, ошондуктан ошол эле пакетти эки жолу бириктирүү эч нерсени өзгөртпөйт. Бул модулдун талаа пакети болбогон же башка мектептер тизмесинен жасалган пакет бириктирүүнү анын атын атап токтотот.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="63"/>
        <source>School list (imported)</source>
        <translation>Мектептердин тизмеси (импорттолгон)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="65"/>
        <source>Field packages (GeoPackage)</source>
        <translation>Талаа пакеттери (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="68"/>
        <source>List schools moved further than (m)</source>
        <translation>Ушундан алыс жылдырылган мектептерди тизмелөө (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="71"/>
        <source>Schools with field surveys</source>
        <translation>Талаа текшерүүлөрү менен мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="73"/>
        <source>Changes (field_changes.csv)</source>
        <translation>Өзгөрүүлөр (field_changes.csv)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="73"/>
        <source>Conflicts (field_conflicts.csv)</source>
        <translation>Чыр-чатактар (field_conflicts.csv)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="75"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="76"/>
        <source>Summary (JSON)</source>
        <translation>Жыйынтык (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="76"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="79"/>
        <source>Schools updated</source>
        <translation>Жаңыланган мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="80"/>
        <source>Field changes</source>
        <translation>Талаа өзгөрүүлөрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="81"/>
        <source>Conflicts listed</source>
        <translation>Тизмеленген чыр-чатактар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="119"/>
        <source>{updated} schools updated, {changes} field changes, {conflicts} conflicts listed</source>
        <translation>Жаңыланган мектептер: {updated}, талаа өзгөрүүлөрү: {changes}, тизмеленген чыр-чатактар: {conflicts}</translation>
    </message>
</context>
<context>
    <name>PackageForFieldAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="29"/>
        <source>Package for the field</source>
        <translation>Талаа иштери үчүн пакет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="39"/>
        <source>Writes one GeoPackage holding the schools, fiber, routes, regions and the rejects table, each layer with its style stored as the default style (QField and QGIS open it styled), and a QGIS project (.qgz) beside it that refers to the GeoPackage by a relative path. No basemap is needed: the regions give context offline. Both files appear only when complete.</source>
        <translation>Мектептер, оптикалык була, трассалар, облустар жана четке кагылган саптардын таблицасы бар бир GeoPackage жазат, ар бир катмардын стили демейки стиль катары сакталат (QField жана QGIS аны көрүнүшү менен ачат), ал эми жанында GeoPackage'ке салыштырмалуу жол менен шилтеме берген QGIS долбоору (.qgz) турат. Негизги карта керек эмес: облустар интернетсиз багыт берет. Эки файл тең толук даяр болгондо гана пайда болот.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="65"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="70"/>
        <source>Proposed fiber routes</source>
        <translation>Сунушталган була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="70"/>
        <source>Regions</source>
        <translation>Облустар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="70"/>
        <source>Rejected rows</source>
        <translation>Четке кагылган саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="54"/>
        <source>Project title</source>
        <translation>Долбоордун аталышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="54"/>
        <source>School connectivity field package</source>
        <translation>Мектептерди туташтыруунун талаа пакети</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="57"/>
        <source>Field package (GeoPackage)</source>
        <translation>Талаа пакети (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="57"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="59"/>
        <source>Project file (.qgz)</source>
        <translation>Долбоор файлы (.qgz)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="86"/>
        <source>Wrote {gpkg} and {project}</source>
        <translation>{gpkg} жана {project} жазылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="43"/>
        <source>The schools carry what a field team needs (identity, place, students, connectivity today, work plan, hard-to-connect reasons; the other analysis fields stay out) and a survey form: connectivity, measured speeds, provider, connection type, power, a note, a photo, the time (stamped on each edit) and the surveyor. &apos;Merge field surveys&apos; brings the edited copies back.</source>
        <translation>Мектептер талаа тобуна керектүүнү камтыйт (идентификатор, жайгашкан жер, окуучулар, бүгүнкү туташуу, иш планы, туташтыруу кыйындыгынын себептери; талдоонун башка талаалары кирбейт) жана текшерүү формасын: туташуу, өлчөнгөн ылдамдыктар, провайдер, туташуу түрү, электр менен камсыздоо, эскертүү, сүрөт, убакыт (ар бир түзөтүүдө коюлат) жана текшерүүчү. «Талаа текшерүүлөрүн бириктирүү» түзөтүлгөн көчүрмөлөрдү кайтарат.</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="59"/>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="59"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="51"/>
        <source>Students</source>
        <translation>Окуучулар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="59"/>
        <source>Fiber km</source>
        <translation>Була, км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="160"/>
        <source>Prioritise by</source>
        <translation>Артыкчылык критерийи</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="166"/>
        <source> USD</source>
        <translation> АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="38"/>
        <source>Horizon</source>
        <translation>Мөөнөт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="38"/>
        <source> years</source>
        <translation> жыл</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="40"/>
        <source>Discount rate</source>
        <translation>Дисконттоо ченеми</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="41"/>
        <source>Fiber on poles, per km</source>
        <translation>Мамылардагы була, км үчүн</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="43"/>
        <source>Fiber in the ground, per km</source>
        <translation>Жердеги була, км үчүн</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="45"/>
        <source>Satellite kit</source>
        <translation>Спутник комплекти</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="46"/>
        <source>Satellite service, per year</source>
        <translation>Спутник кызматы, жылына</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="59"/>
        <source>CAPEX, USD</source>
        <translation>Капиталдык чыгымдар, АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="51"/>
        <source>OPEX, USD/yr</source>
        <translation>Иштетүү чыгымдары, доллар/жыл</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="59"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="165"/>
        <source>Cost model</source>
        <translation>Чыгымдар модели</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="170"/>
        <source>CAPEX per phase</source>
        <translation>Этапка капиталдык чыгымдар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="171"/>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="173"/>
        <source>no limit</source>
        <translation>чексиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="174"/>
        <source>New fiber per phase</source>
        <translation>Этапка жаңы була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="181"/>
        <source>Satellite service is licensed</source>
        <translation>Спутник кызматы лицензияланган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="189"/>
        <source>Update the plan</source>
        <translation>Планды жаңыртуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="191"/>
        <source>Run &apos;Plan technologies, costs and phases&apos; again with these numbers.</source>
        <translation>«Технологиялар, чыгымдар жана этаптар планын» ушул сандар менен кайра иштетүү.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="198"/>
        <source>The last plan&apos;s construction phases; &apos;No phase&apos; holds schools no phase could take.</source>
        <translation>Акыркы пландын куруу этаптары; «Этапсыз» — эч бир этапка кирбеген мектептер.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="202"/>
        <source>Phases</source>
        <translation>Этаптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="203"/>
        <source>Clusters</source>
        <translation>Кластерлер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="263"/>
        <source>Satellite is not licensed: schools fiber cannot reach take microwave or cellular where they can.</source>
        <translation>Спутник кызматы лицензияланган эмес: була жетпеген мектептер мүмкүн болгон жерде радиорелелик же уюлдук байланыш алат.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="267"/>
        <source>Fiber is cheaper than satellite for one school up to {km} km of new link on poles.</source>
        <translation>Бир мектеп үчүн була мамылардагы жаңы линиянын {km} км чейин спутниктен арзан.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="292"/>
        <source>No phase</source>
        <translation>Этапсыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="151"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
</context>
<context>
    <name>PrioritizeAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="80"/>
        <source>Most students per dollar</source>
        <translation>Бир долларга эң көп окуучу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="80"/>
        <source>Most schools per dollar</source>
        <translation>Бир долларга эң көп мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="81"/>
        <source>Lowest total cost to connect all</source>
        <translation>Баарын туташтыруунун эң аз жалпы наркы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="112"/>
        <source>Fiber nodes for point-to-point links</source>
        <translation>Радиорелелик байланыш үчүн була түйүндөрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="115"/>
        <source>Elevation model (line of sight)</source>
        <translation>Санариптик рельеф модели (түз көрүнүү)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="117"/>
        <source>Cell towers (points) or coverage (polygons)</source>
        <translation>Уюлдук байланыш мунаралары (чекиттер) же камтуу аймактары (полигондор)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="157"/>
        <source>Cost model</source>
        <translation>Чыгымдар модели</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="123"/>
        <source>Cost overrides (JSON)</source>
        <translation>Чыгымдардын өзгөртүүлөрү (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="125"/>
        <source>Objective</source>
        <translation>Максат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="133"/>
        <source>Weight of rural schools</source>
        <translation>Айылдык мектептердин салмагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="136"/>
        <source>Weight of hard-to-connect schools</source>
        <translation>Туташтыруу кыйын мектептердин салмагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="139"/>
        <source>Also plan schools with unknown connectivity</source>
        <translation>Туташуусу белгисиз мектептерди да пландоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Schools to connect</source>
        <translation>Туташтырыла турган мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Schools in a phase</source>
        <translation>Этаптардагы мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Phases</source>
        <translation>Этаптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="164"/>
        <source>Cost overrides: {error}</source>
        <translation>Чыгымдардын өзгөртүүлөрү: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="176"/>
        <source>No route fields (run Shared fiber routes first): each school&apos;s fiber is costed alone, its distance to fiber x detour factor.</source>
        <translation>Трасса талаалары жок (адегенде «Жалпы була трассаларын» аткарыңыз): ар бир мектептин буласы өзүнчө бааланат — булага чейинки аралык × ийрилик коэффициенти.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="206"/>
        <source>Fiber nodes given without an elevation model: point-to-point links are not assessed.</source>
        <translation>Була түйүндөрү рельеф моделисиз берилген: радиорелелик байланыш бааланбайт.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="210"/>
        <source>Line of sight for {count} schools</source>
        <translation>{count} мектеп үчүн түз көрүнүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="216"/>
        <source>{found} of {count} schools see a fiber node within {km:.0f} km</source>
        <translation>{count} мектептин {found} мектеби {km:.0f} км ичинде була түйүнүн көрөт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="222"/>
        <source>{count} schools to connect have cellular coverage</source>
        <translation>Туташтырыла турган {count} мектеп уюлдук байланыш аймагында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="247"/>
        <source>Cost model: {name} ({source})</source>
        <translation>Чыгымдар модели: {name} ({source})</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="252"/>
        <source>Recommended {technology}: {count} schools</source>
        <translation>Сунушталган {technology}: {count} мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="262"/>
        <source>Phase {phase}</source>
        <translation>{phase}-этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="262"/>
        <source>No phase</source>
        <translation>Этапсыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="39"/>
        <source>Kyrgyzstan (public Central Asian prices)</source>
        <translation>Кыргызстан (Борбордук Азиянын ачык баалары)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="40"/>
        <source>Giga cost model defaults (for comparison)</source>
        <translation>Giga чыгымдар моделинин маанилери (салыштыруу үчүн)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="41"/>
        <source>ITU planning platform (for comparison)</source>
        <translation>ЭБС пландоо платформасы (салыштыруу үчүн)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="52"/>
        <source>Plan technologies, costs and phases</source>
        <translation>Технологиялар, чыгымдар жана этаптар планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="84"/>
        <source>Plans every school to connect (not connected, or committed in the operator&apos;s work plan).

The operator&apos;s plan is a commitment: schools planned, contracted or in progress keep the plan&apos;s technology (fiber unless its &apos;technology&apos; column says otherwise) with technology_source operator_plan, and their routes are built; the cheaper alternative, where there is one, is shown beside them (cheapest_alternative, alternative_saving_usd), never applied. Every other school is decided by cost (least_cost) for its cluster as a whole: one shared trench against the sum of the schools&apos; alternatives, exactly, along the route tree of &apos;Shared fiber routes&apos;.

Costs are present values over the horizon (discounted; equipment renewed), per technology and feasible only within reach and capacity: fiber along a buildable route; point-to-point microwave to a fiber node in range the school can see on the DEM; cellular in coverage or in range of a tower; satellite where licensed. Bandwidth demand is the larger of a floor and so much per student. The presets and every number are in docs/cost_model.md; &apos;Cost overrides&apos; changes any of them, e.g. {&quot;horizon_years&quot;: 15, &quot;satellite&quot;: {&quot;fixed_usd_year&quot;: 1800}}.

Build order: in progress, contracted, planned, then the rest by the objective (per 1,000 USD of the cluster&apos;s build for schools on fiber); upstream before downstream. Phases are filled in that order and never exceed the CAPEX budget (and km of new trench, when set) per phase.

Outputs: the schools with the PRIORITY fields; totals per phase (schools, students, km of new fiber, CAPEX, yearly OPEX, cumulative); clusters (fiber point, schools, students, km, CAPEX, OPEX, CAPEX per student, phases, statuses); and, given the routes, the routes with the phase they are built in.</source>
        <translation>Туташтырыла турган ар бир мектепти пландайт (туташпаган же оператордун иш планында убада кылынган).

Оператордун планы — милдеттенме: «пландалган», «келишим боюнча» же «иштелүүдө» статусундагы мектептер пландын технологиясын сактайт (анын 'technology' тилкеси башканы айтпаса була) technology_source operator_plan менен, жана алардын трассалары курулат; арзаныраак альтернатива болсо, жанында көрсөтүлөт (cheapest_alternative, alternative_saving_usd), эч качан колдонулбайт. Калган ар бир мектеп кластери бүтүндөй наркы боюнча чечилет (least_cost): бир жалпы траншея мектептердин альтернативаларынын суммасына каршы, так, «Жалпы була трассаларынын» трассалар дарагы боюнча.

Чыгымдар — мөөнөт ичиндеги келтирилген наркы (дисконттоо менен; жабдуулар жаңыртылат) ар бир технология боюнча жана жетүү жана сыйымдуулук боюнча ишке ашкан жерде гана: курула турган трасса боюнча була; мектептен СРМ боюнча көрүнгөн, аралыктын чегиндеги була түйүнүнө чекиттен-чекитке радиорелелик байланыш; камтуу аймагында же мунаранын аралыгында уюлдук байланыш; лицензияланган жерде спутник. Өткөрүү жөндөмүнө муктаждык — минимумдун жана окуучуга үлүштүн чоңу. Баалар топтомдору жана ар бир сан docs/cost_model.md файлында; «Баалардын өзгөртүүлөрү» алардын каалаганын өзгөртөт, мисалы {&quot;horizon_years&quot;: 15, &quot;satellite&quot;: {&quot;fixed_usd_year&quot;: 1800}}.

Куруу тартиби: иштелүүдө, келишим боюнча, пландалган, андан кийин калгандары максат боюнча (булалуу мектептер үчүн кластердин курулушунун 1 000 АКШ долларына); жогоркулар төмөнкүлөрдөн мурун. Этаптар ушул тартипте толтурулат жана этапка капиталдык чыгымдар бюджетинен (жана берилсе жаңы траншеянын км) эч качан ашпайт.

Натыйжалар: PRIORITY талаалары бар мектептер; этаптар боюнча жыйынтыктар (мектептер, окуучулар, жаңы буланын км, капиталдык чыгымдар, жылдык иштетүү чыгымдары, топтолгону); кластерлер (була чекити, мектептер, окуучулар, км, капиталдык чыгымдар, иштетүү чыгымдары, окуучуга капиталдык чыгымдар, этаптар, статустар); жана трассалар берилсе, алар курулган этабы менен трассалар.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="107"/>
        <source>Schools with fiber routes</source>
        <translation>Була трассалары бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="109"/>
        <source>Fiber routes (from Shared fiber routes)</source>
        <translation>Була трассалары («Жалпы була трассаларынан»)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>CAPEX budget per phase (USD)</source>
        <translation>Этапка капиталдык чыгымдар бюджети (АКШ доллары)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="130"/>
        <source>New trench per phase (km, 0 = no limit)</source>
        <translation>Этапка жаңы траншея (км, 0 = чексиз)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="141"/>
        <source>Planned schools</source>
        <translation>Пландагы мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="143"/>
        <source>Construction phases</source>
        <translation>Куруу этаптары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Clusters</source>
        <translation>Кластерлер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="147"/>
        <source>Planned routes by phase</source>
        <translation>Этаптар боюнча пландагы трассалар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>CAPEX of the phased schools (USD)</source>
        <translation>Этаптардагы мектептердин капиталдык чыгымдары (АКШ доллары)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>New fiber (km)</source>
        <translation>Жаңы була (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Fiber against satellite: break-even link (km)</source>
        <translation>Була менен спутник: теңдешүү узундугу (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="248"/>
        <source>Fiber against satellite for one school at {mbps:.0f} Mbps: fiber is cheaper up to {km:.2f} km of new aerial link over {years:.0f} years</source>
        <translation>Бир мектеп үчүн {mbps:.0f} Мбит/с ылдамдыкта була менен спутник: {years:.0f} жылда жаңы аба линиясынын {km:.2f} км чейин була арзан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="254"/>
        <source>{count} schools keep the operator&apos;s plan; {clusters} clusters</source>
        <translation>{count} мектеп оператордун планында калат; кластерлер: {clusters}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="259"/>
        <source>{count} schools the plan commits to fiber have no route to fiber: check them</source>
        <translation>План була убада кылган {count} мектептин булага трассасы жок: аларды текшериңиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="263"/>
        <source>{label}: {schools} schools, {students:.0f} students, {km:.1f} km of new fiber, CAPEX {capex:.0f} USD, OPEX {opex:.0f} USD a year</source>
        <translation>{label}: мектептер {schools}, окуучулар {students:.0f}, жаңы була {km:.1f} км, капиталдык чыгымдар {capex:.0f} АКШ доллары, иштетүү чыгымдары жылына {opex:.0f} АКШ доллары</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="29"/>
        <source>Store in</source>
        <translation>Сактоо жери</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="34"/>
        <source>GeoPackage (*.gpkg);;SQLite database (*.sqlite *.db)</source>
        <translation>GeoPackage (*.gpkg);;SQLite маалымат базасы (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="35"/>
        <source>The table connectivity_snapshots is added to this GeoPackage</source>
        <translation>connectivity_snapshots таблицасы ушул GeoPackage'ке кошулат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="39"/>
        <source>Record snapshot</source>
        <translation>Абалды жазуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="41"/>
        <source>Store today&apos;s statistics, national and per region</source>
        <translation>Бүгүнкү статистиканы өлкө боюнча жана ар бир облус боюнча сактоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="54"/>
        <source>Export chart…</source>
        <translation>Графикти экспорттоо…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="84"/>
        <source>Choose where to store snapshots first.</source>
        <translation>Адегенде абалдар кайда сакталарын тандаңыз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="89"/>
        <source>Cannot write snapshots to {path}: {error}</source>
        <translation>Абалдарды {path} файлына жазуу мүмкүн эмес: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="99"/>
        <source>Cannot read snapshots from {path}: {error}</source>
        <translation>Абалдарды {path} файлынан окуу мүмкүн эмес: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="108"/>
        <source>Export chart</source>
        <translation>Графикти экспорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="108"/>
        <source>PNG image (*.png)</source>
        <translation>PNG сүрөтү (*.png)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="110"/>
        <source>Cannot write {path}.</source>
        <translation>{path} жазуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="44"/>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="45"/>
        <source>Share (%)</source>
        <translation>Үлүшү (%)</translation>
    </message>
</context>
<context>
    <name>ProjectLayers</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="16"/>
        <source>School Connectivity</source>
        <translation>School Connectivity</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="19"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="20"/>
        <source>Rejected rows</source>
        <translation>Четке кагылган саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="21"/>
        <source>Plan rows to check</source>
        <translation>Текшерүүчү план саптары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="23"/>
        <source>Routes</source>
        <translation>Трассалар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="24"/>
        <source>Clusters</source>
        <translation>Кластерлер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="25"/>
        <source>Construction phases</source>
        <translation>Куруу этаптары</translation>
    </message>
</context>
<context>
    <name>RecountTask</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/recount.py" line="31"/>
        <source>Counting schools</source>
        <translation>Мектептерди эсептөө</translation>
    </message>
</context>
<context>
    <name>RunAllAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="38"/>
        <source>Run the whole job</source>
        <translation>Бардык ишти аткаруу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="67"/>
        <source>School list file</source>
        <translation>Мектептердин тизмесинин файлы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="69"/>
        <source>Country boundary</source>
        <translation>Өлкөнүн чек арасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="71"/>
        <source>Regions (admin level 1), one map page each</source>
        <translation>Аймактар (1-административдик деңгээл), ар бирине картанын бир барагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="74"/>
        <source>Elevation model (DEM)</source>
        <translation>Санариптик рельеф модели (СРМ)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="76"/>
        <source>Operator&apos;s work plan</source>
        <translation>Оператордун иш планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="77"/>
        <source>Map title</source>
        <translation>Картанын аталышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="79"/>
        <source>Column map (field=Column;field=Column)</source>
        <translation>Мамычаларды дал келтирүү (талаа=Мамыча;талаа=Мамыча)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="84"/>
        <source>Speed classes</source>
        <translation>Ылдамдык класстары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="94"/>
        <source>Output folder</source>
        <translation>Чыгуучу папка</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="95"/>
        <source>Rows in</source>
        <translation>Кирген саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="96"/>
        <source>Schools loaded</source>
        <translation>Жүктөлгөн мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="97"/>
        <source>Summary (JSON)</source>
        <translation>Жыйынтык (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="58"/>
        <source>Runs the main job as the headless command does: import the school list, match the operator&apos;s work plan, measure geodesic distance to fiber, flag hard-to-connect schools, plan shared fiber routes and the plan, then write into the output folder: schools.gpkg (schools, rejected rows, routes by phase, clusters, phases, unmatched plan rows), summary.json, planning_map.pdf and .png pages, field_package.gpkg with its project, priority.csv, hard_to_connect.csv, clusters.csv and phases.csv. The steps and their parameters are the dock&apos;s.</source>
        <translation>Негизги ишти интерфейссиз буйрук сыяктуу аткарат: мектептердин тизмесин импорттоо, оператордун иш планы менен салыштыруу, булага чейинки геодезиялык аралык, туташтыруу кыйын мектептерди белгилөө, жалпы була трассалары жана план, андан кийин натыйжалар папкасына жазуу: schools.gpkg (мектептер, четке кагылган саптар, этаптар боюнча трассалар, кластерлер, этаптар, салыштырылбаган план саптары), summary.json, planning_map.pdf жана .png барактары, долбоору менен field_package.gpkg, priority.csv, hard_to_connect.csv, clusters.csv жана phases.csv. Кадамдар жана алардын параметрлери панелдегидей.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="88"/>
        <source>Cost model</source>
        <translation>Чыгымдар модели</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="92"/>
        <source>Cost overrides (JSON)</source>
        <translation>Баалардын өзгөртүүлөрү (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="106"/>
        <source>Cost overrides: {error}</source>
        <translation>Баалардын өзгөртүүлөрү: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="81"/>
        <source>Sheet or layer of the school file (empty: found from its columns)</source>
        <translation>Мектептер файлынын барагы же катмары (бош: анын мамычалары боюнча аныкталат)</translation>
    </message>
</context>
<context>
    <name>SchoolCard</name>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Identity</source>
        <translation>Мектеп жөнүндө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>School ID</source>
        <translation>Мектептин коду</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Students</source>
        <translation>Окуучулар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Connectivity</source>
        <translation>Туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Download speed</source>
        <translation>Жүктөө ылдамдыгы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Speed class</source>
        <translation>Ылдамдык классы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Connection type</source>
        <translation>Туташуу түрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Fiber</source>
        <translation>Оптикалык була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Distance to fiber</source>
        <translation>Оптикалык булага чейинки аралык</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Route to fiber</source>
        <translation>Булага чейинки трасса</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Hard to connect by fiber</source>
        <translation>Була менен туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Why</source>
        <translation>Эмне үчүн</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Recommended technology</source>
        <translation>Сунушталган технология</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Technology chosen by</source>
        <translation>Технологияны тандаган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>CAPEX</source>
        <translation>Капиталдык чыгымдар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>OPEX</source>
        <translation>Иштетүү чыгымдары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Total over the planning horizon</source>
        <translation>Пландоо мөөнөтүндө бардыгы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Construction phase</source>
        <translation>Куруу этабы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Not phased because</source>
        <translation>Этапсыз, себеби</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Operator&apos;s work plan</source>
        <translation>Оператордун иш планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Work plan date</source>
        <translation>Иш планындагы күнү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="98"/>
        <source>{value} Mbps</source>
        <translation>{value} Мбит/с</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="99"/>
        <source>{value} km</source>
        <translation>{value} км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="100"/>
        <source>{value} USD</source>
        <translation>{value} АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="101"/>
        <source>{value} USD a year</source>
        <translation>жылына {value} АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="106"/>
        <source>Mbps</source>
        <translation>Мбит/с</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="107"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="108"/>
        <source>USD</source>
        <translation>АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="109"/>
        <source>USD a year</source>
        <translation>жылына АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="111"/>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="112"/>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="113"/>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="115"/>
        <source>Other fields</source>
        <translation>Башка талаалар</translation>
    </message>
</context>
<context>
    <name>SchoolCardDialog</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="36"/>
        <source>School card</source>
        <translation>Мектептин картасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="38"/>
        <source>No route and no fiber point are known for this school.</source>
        <translation>Бул мектеп үчүн трасса да, була чекити да белгисиз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="39"/>
        <source>No route planned: highlighted is the straight line to the nearest fiber point, {km} km.</source>
        <translation>Трасса пландалган эмес: эң жакын була чекитине чейинки түз сызык белгиленди, {km} км.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="41"/>
        <source>Highlighted route: {km} km, links: {count}; it stops where the routes layer has no further link.</source>
        <translation>Белгиленген трасса: {km} км, бөлүктөр: {count}; трассалар катмарында кийинки бөлүк жок жерде үзүлөт.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="43"/>
        <source>Highlighted route to fiber: {km} km, links: {count}, to school {school}, already on fiber.</source>
        <translation>Булага чейинки белгиленген трасса: {km} км, бөлүктөр: {count}, була менен туташкан {school} мектебине чейин.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="45"/>
        <source>Highlighted route to fiber: {km} km, links: {count}, to a fiber point.</source>
        <translation>Булага чейинки белгиленген трасса: {km} км, бөлүктөр: {count}, була чекитине чейин.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="98"/>
        <source>Zoom to route</source>
        <translation>Трассаны көрсөтүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="114"/>
        <source>School card: {school}</source>
        <translation>Мектептин картасы: {school}</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="49"/>
        <source>1. Import</source>
        <translation>1. Импорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="50"/>
        <source>2. Analysis</source>
        <translation>2. Талдоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="51"/>
        <source>3. Planning</source>
        <translation>3. Пландоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="52"/>
        <source>4. Outputs</source>
        <translation>4. Натыйжалар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="76"/>
        <source>{path}: not a readable layer</source>
        <translation>{path}: катмар окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="77"/>
        <source>Fiber (lines or nodes)</source>
        <translation>Оптикалык була (линиялар же түйүндөр)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="78"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="79"/>
        <source>Proposed fiber routes</source>
        <translation>Сунушталган була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="80"/>
        <source>Colours</source>
        <translation>Түстөр</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="81"/>
        <source>Giga</source>
        <translation>Giga</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="82"/>
        <source>Colour-blind safe</source>
        <translation>Түс сокурлугу үчүн коопсуз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="87"/>
        <source>Giga global (good &gt; 20 Mbps, bad &lt; 1 Mbps)</source>
        <translation>Giga, глобалдык (жакшы &gt; 20 Мбит/с, начар &lt; 1 Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="89"/>
        <source>Giga national (good ≥ 5 Mbps)</source>
        <translation>Giga, улуттук (жакшы ≥ 5 Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="90"/>
        <source>User-defined (thresholds below)</source>
        <translation>Колдонуучунуку (чектер төмөндө)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="92"/>
        <source>Speed classes</source>
        <translation>Ылдамдык класстары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="93"/>
        <source>User-defined: good from (Mbps)</source>
        <translation>Колдонуучуныкы: ушундан баштап жакшы (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="94"/>
        <source>User-defined: bad below (Mbps)</source>
        <translation>Колдонуучуныкы: ушундан төмөн начар (Мбит/с)</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityDock</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="369"/>
        <source>School Connectivity</source>
        <translation>School Connectivity</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="77"/>
        <source>Layers</source>
        <translation>Катмарлар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="103"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="107"/>
        <source>Progress over time</source>
        <translation>Убакыт боюнча жылыш</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="123"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="123"/>
        <source>User guide</source>
        <translation>Колдонуучунун колдонмосу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="252"/>
        <source>Choose a school layer first.</source>
        <translation>Адегенде мектептер катмарын тандаңыз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="248"/>
        <source>Not available in this version: {ids}</source>
        <translation>Бул версияда жок: {ids}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="276"/>
        <source>Cancelling…</source>
        <translation>Жокко чыгарылууда…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="290"/>
        <source>Stopped; nothing was written.</source>
        <translation>Токтотулду; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="296"/>
        <source>Maps written to {folder}</source>
        <translation>Карталар {folder} папкасына жазылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="190"/>
        <source>{layer}, updated at {time}</source>
        <translation>{layer}, {time} жаңыртылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="172"/>
        <source>Counting {count} schools…</source>
        <translation>{count} мектеп эсептелүүдө…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="239"/>
        <source>Import cancelled: no coordinate columns were chosen.</source>
        <translation>Импорт жокко чыгарылды: координата тилкелери тандалган жок.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="321"/>
        <source>Done. Layers added or updated: {count}.</source>
        <translation>Даяр. Кошулган же жаңыртылган катмарлар: {count}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="108"/>
        <source>Open folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="235"/>
        <source>Import cancelled: no sheet or layer was chosen.</source>
        <translation>Импорт жокко чыгарылды: барак же катмар тандалган жок.</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityOptions</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="22"/>
        <source>Giga Maps colours</source>
        <translation>Giga Maps түстөрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="23"/>
        <source>Colour-blind safe (Okabe-Ito)</source>
        <translation>Түс сокурлугу үчүн коопсуз (Окабэ — Ито)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="28"/>
        <source>Connectivity classes</source>
        <translation>Туташуу класстары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="28"/>
        <source>Good from</source>
        <translation>Жакшы туташуунун төмөнкү чеги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="28"/>
        <source> Mbps</source>
        <translation> Мбит/с</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="28"/>
        <source>Bad below</source>
        <translation>Начар туташуунун жогорку чеги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="34"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="34"/>
        <source>Longest fiber link</source>
        <translation>Оптикалык буланын эң узун линиясы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="34"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="34"/>
        <source>Elevation above</source>
        <translation>Бийиктиги андан жогору</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source>Costs and budget</source>
        <translation>Чыгымдар жана бюджет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source> USD</source>
        <translation> АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="70"/>
        <source>Presets</source>
        <translation>Даяр жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="73"/>
        <source>Speed classes</source>
        <translation>Ылдамдык класстары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="79"/>
        <source>Cost model</source>
        <translation>Чыгымдар модели</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="81"/>
        <source>Prioritise by</source>
        <translation>Артыкчылык критерийи</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="86"/>
        <source>Map colours</source>
        <translation>Картанын түстөрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="92"/>
        <source>Reload the school layer when its file changes on disk</source>
        <translation>Файлы дискте өзгөргөндө мектептер катмарын кайра жүктөө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="159"/>
        <source>School Connectivity</source>
        <translation>School Connectivity</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source>CAPEX per phase</source>
        <translation>Этапка капиталдык чыгымдар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source>New fiber per phase (0: no limit)</source>
        <translation>Этапка жаңы була (0: чексиз)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="113"/>
        <source>Prices of the cost model: the dock&apos;s Plan group, or any number of it as JSON in &apos;Cost overrides&apos; of the algorithm (docs/cost_model.md).</source>
        <translation>Чыгымдар моделинин баалары: панелдин «План» тобу же анын каалаган саны JSON түрүндө алгоритмдин «Баалардын өзгөртүүлөрү» параметринде (docs/cost_model.md).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="88"/>
        <source>Made from the layers&apos; titles</source>
        <translation>Катмарлардын аталыштарынан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="89"/>
        <source>The data-sources line printed on every map page, e.g. &apos;Ministry of Education school list 2024; KyrgyzTelecom fiber 2023&apos;.</source>
        <translation>Картанын ар бир барагындагы маалымат булактарынын сабы, мисалы «Билим берүү министрлигинин мектептер тизмеси 2024; Кыргызтелеком буласы 2023».</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="91"/>
        <source>Data sources on the maps</source>
        <translation>Карталардагы маалымат булактары</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityPlugin</name>
    <message>
        <location filename="../school_connectivity_plugin/plugin.py" line="56"/>
        <source>School Connectivity</source>
        <translation>School Connectivity</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityProvider</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/provider.py" line="18"/>
        <source>School Connectivity</source>
        <translation>School Connectivity</translation>
    </message>
</context>
<context>
    <name>SchoolStyle</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="53"/>
        <source>In the connection pipeline</source>
        <translation>Туташтыруу планында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="54"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="294"/>
        <source>Connectivity</source>
        <translation>Туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="295"/>
        <source>Phases</source>
        <translation>Этаптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="296"/>
        <source>Not phased</source>
        <translation>Этапсыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="297"/>
        <source>Phase {phase}</source>
        <translation>{phase}-этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="302"/>
        <source>Not built</source>
        <translation>Курулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="298"/>
        <source>Phases {first}–{last}</source>
        <translation>{first}–{last}-этаптар</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="19"/>
        <source>Choose the layer of the school list</source>
        <translation>Мектептердин тизмеси бар катмарды тандаңыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="20"/>
        <source>{file} holds several layers. Choose the one that holds the schools.</source>
        <translation>{file} бир нече катмардан турат. Мектептер жайгашкан катмарды тандаңыз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="22"/>
        <source>Choose the sheet of the school list</source>
        <translation>Мектептердин тизмеси бар баракты тандаңыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="23"/>
        <source>{file} has several sheets. Choose the one that holds the schools; its header may sit under a title block.</source>
        <translation>{file} файлында бир нече барак бар. Мектептердин тизмеси бар баракты тандаңыз; мамычалардын аталыштары документтин баш бөлүгүнүн астында болушу мүмкүн.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="31"/>
        <source>{name} (coordinates found here)</source>
        <translation>{name} (координаттар ушул жерден табылды)</translation>
    </message>
</context>
<context>
    <name>SnapshotChart</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="100"/>
        <source>No snapshots yet. Record one to start following progress over time.</source>
        <translation>Азырынча абалдар жок. Убакыт боюнча жылышты көзөмөлдөө үчүн биринчисин жазыңыз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="121"/>
        <source>Connected schools</source>
        <translation>Туташкан мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="116"/>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="117"/>
        <source>(no name)</source>
        <translation>(аталышы жок)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="130"/>
        <source>Schools in the pipeline (burn-down)</source>
        <translation>Туташтыруу планындагы мектептер (азаюу диаграммасы)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="134"/>
        <source>At this pace the pipeline is done by {date}</source>
        <translation>Ушул ылдамдыкта план {date} чейин аткарылат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="121"/>
        <source>Connected schools (%)</source>
        <translation>Туташкан мектептер (%)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="24"/>
        <source>By region</source>
        <translation>Облустар боюнча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="24"/>
        <source>By region and district</source>
        <translation>Облустар жана райондор боюнча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="61"/>
        <source>Selected schools only</source>
        <translation>Тандалган мектептер гана</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="56"/>
        <source>Filter by name</source>
        <translation>Аталышы боюнча чыпкалоо</translation>
    </message>
</context>
<context>
    <name>StatsSummary</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>Connected</source>
        <translation>Туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>In pipeline</source>
        <translation>Туташтыруу планында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>Students in unconnected schools</source>
        <translation>Туташпаган мектептердеги окуучулар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="48"/>
        <source>{count} ({pct} %)</source>
        <translation>{count} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="35"/>
        <source>Why hard to connect:</source>
        <translation>Эмне үчүн туташтыруу кыйын:</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="64"/>
        <source>not in the list</source>
        <translation>тизмеде жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="66"/>
        <source>at least {count}</source>
        <translation>кеминде {count}</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Connected</source>
        <translation>Туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Connected %</source>
        <translation>Туташкан, %</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Not connected</source>
        <translation>Туташпаган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>In pipeline</source>
        <translation>Туташтыруу планында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Students unconnected</source>
        <translation>Туташпаган окуучулар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="105"/>
        <source>(no name)</source>
        <translation>(аталышы жок)</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="23"/>
        <source>Import…</source>
        <translation>Импорттоо…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="24"/>
        <source>Analyse</source>
        <translation>Талдоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="26"/>
        <source>Prioritise</source>
        <translation>Артыкчылыктар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="27"/>
        <source>Export maps</source>
        <translation>Карталарды экспорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="32"/>
        <source>Import a school list</source>
        <translation>Мектептердин тизмесин импорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="33"/>
        <source>Import the operator&apos;s work plan</source>
        <translation>Оператордун иш планын импорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="68"/>
        <source>School list…</source>
        <translation>Мектептердин тизмеси…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="69"/>
        <source>Operator's work plan…</source>
        <translation>Оператордун иш планы…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="75"/>
        <source>Choose a school layer to begin.</source>
        <translation>Баштоо үчүн мектептер катмарын тандаңыз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="82"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="36"/>
        <source>Internet at the school</source>
        <translation>Мектептеги интернет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="37"/>
        <source>Measured download (Mbps)</source>
        <translation>Өлчөнгөн жүктөө (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="38"/>
        <source>Measured upload (Mbps)</source>
        <translation>Өлчөнгөн жөнөтүү (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="39"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="40"/>
        <source>Connection type</source>
        <translation>Туташуу түрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="41"/>
        <source>Power supply</source>
        <translation>Электр менен камсыздоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="42"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="43"/>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="44"/>
        <source>Surveyed at</source>
        <translation>Текшерилген убакыт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="45"/>
        <source>Surveyor</source>
        <translation>Текшерүүчү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="47"/>
        <source>Survey</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="47"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="48"/>
        <source>(not surveyed)</source>
        <translation>(текшерилген эмес)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="49"/>
        <source>A speed is 0 or more</source>
        <translation>Ылдамдык 0 же андан көп</translation>
    </message>
</context>
</TS>
