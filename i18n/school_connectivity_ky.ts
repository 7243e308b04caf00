<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="112"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="111"/>
        <source>Fiber</source>
        <translation>Оптикалык була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="115"/>
        <source>Proposed fiber routes</source>
        <translation>Сунушталган була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="118"/>
        <source>Regions</source>
        <translation>Облустар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="54"/>
        <source>Data sources: {files}. Made with the School Connectivity plugin for QGIS on {date}.</source>
        <translation>Маалымат булактары: {files}. QGIS үчүн School Connectivity модулу менен {date} түзүлдү.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="56"/>
        <source>School connectivity planning map</source>
        <translation>Мектептерди туташтырууну пландоо картасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="112"/>
        <source>Connected</source>
        <translation>Туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="64"/>
        <source>Not connected</source>
        <translation>Туташпаган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="64"/>
        <source>In the pipeline</source>
        <translation>Туташтыруу планында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="112"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="95"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="73"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="73"/>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="73"/>
        <source>Share</source>
        <translation>Үлүшү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="85"/>
        <source>Schools by internet connectivity, fiber network and regions · {date}</source>
        <translation>Мектептер интернетке туташуусу боюнча, була тармагы жана облустар · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="200"/>
        <source>Legend</source>
        <translation>Шарттуу белгилер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="201"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="215"/>
        <source>{title} · region {n} of {total} · {date}</source>
        <translation>{title} · {total} облустун {n}-облусу · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="223"/>
        <source>Schools to connect: not connected or hard to connect, by priority</source>
        <translation>Туташтырыла турган мектептер: туташпаган же туташтыруу кыйын, артыкчылык боюнча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Students</source>
        <translation>Окуучулар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Fiber km</source>
        <translation>Була, км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Why hard to connect</source>
        <translation>Эмне үчүн туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Technology</source>
        <translation>Технология</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="228"/>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="230"/>
        <source>No unconnected or hard-to-connect school in this region.</source>
        <translation>Бул облуста туташпаган же туташтыруу кыйын мектеп жок.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="232"/>
        <source>{shown} of {total} schools listed, in priority order; the exported tables hold them all.</source>
        <translation>{total} мектептин {shown} мектеби артыкчылык тартибинде көрсөтүлдү; экспорттолгон таблицаларда алардын баары бар.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="256"/>
        <source>This region</source>
        <translation>Бул облус</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="257"/>
        <source>Other regions</source>
        <translation>Башка облустар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="92"/>
        <source>cannot write the file</source>
        <translation>файлды жазуу мүмкүн эмес</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="93"/>
        <source>not enough memory</source>
        <translation>эс тутум жетишсиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="94"/>
        <source>printing failed</source>
        <translation>басып чыгаруу ишке ашкан жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="95"/>
        <source>SVG layer export failed</source>
        <translation>Катмарларды SVG'ге экспорттоо ишке ашкан жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="96"/>
        <source>the page sequence failed (cancelled?)</source>
        <translation>барактардын ырааттуулугу ишке ашкан жок (жокко чыгарылдыбы?)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="97"/>
        <source>cancelled</source>
        <translation>жокко чыгарылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="98"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="112"/>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="111"/>
        <source>Fiber: {name}</source>
        <translation>Оптикалык була: {name}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="136"/>
        <source>Progress over time</source>
        <translation>Убакыт боюнча жылыш</translation>
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
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="20"/>
        <source>School ID</source>
        <translation>Мектептин коду</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="21"/>
        <source>School name</source>
        <translation>Мектептин аталышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="22"/>
        <source>Region (admin 1)</source>
        <translation>Облус (1-админ. деңгээл)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="23"/>
        <source>District (admin 2)</source>
        <translation>Район (2-админ. деңгээл)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="24"/>
        <source>Number of students</source>
        <translation>Окуучулардын саны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="25"/>
        <source>Urban / rural</source>
        <translation>Шаар / айыл</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="26"/>
        <source>Latitude</source>
        <translation>Кеңдик</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="27"/>
        <source>Longitude</source>
        <translation>Узундук</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="29"/>
        <source>Has internet (yes/no)</source>
        <translation>Интернет барбы (ооба/жок)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="30"/>
        <source>Download speed</source>
        <translation>Жүктөө ылдамдыгы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="31"/>
        <source>Connection type</source>
        <translation>Туташуу түрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="32"/>
        <source>Provider (ISP)</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="33"/>
        <source>Pipeline status</source>
        <translation>Туташтыруу планындагы абалы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="28"/>
        <source>Latitude, longitude in one column</source>
        <translation>Кеңдик жана узундук бир мамычада</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="47"/>
        <source>Match the columns of the school list</source>
        <translation>Мектептер тизмесинин мамычаларын дал келтириңиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="50"/>
        <source>Choose the column that holds each item; latitude and longitude (or one column with both) are needed.</source>
        <translation>Ар бир талаа үчүн мамычаны тандаңыз; кеңдик жана узундук (же экөө тең бир мамычада) керек.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="57"/>
        <source>(not in the list)</source>
        <translation>(тизмеде жок)</translation>
    </message>
</context>
<context>
    <name>Definitions</name>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="20"/>
        <source>Good connection</source>
        <translation>Жакшы туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="21"/>
        <source>Moderate connection</source>
        <translation>Орточо туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="22"/>
        <source>Bad connection</source>
        <translation>Начар туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="23"/>
        <source>No connection</source>
        <translation>Туташуу жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="24"/>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="25"/>
        <source>Connected</source>
        <translation>Туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="26"/>
        <source>Not connected</source>
        <translation>Туташпаган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="27"/>
        <source>Connectivity unknown</source>
        <translation>Туташуусу белгисиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="28"/>
        <source>Not in the work plan</source>
        <translation>Иш планында жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="29"/>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="30"/>
        <source>Contracted</source>
        <translation>Келишим боюнча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>In progress</source>
        <translation>Иш жүрүүдө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="32"/>
        <source>Connected by the plan</source>
        <translation>План боюнча туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="33"/>
        <source>no fiber found</source>
        <translation>була табылган жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="34"/>
        <source>far from fiber</source>
        <translation>буладан алыс</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="35"/>
        <source>high elevation</source>
        <translation>бийик жер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="36"/>
        <source>rugged path</source>
        <translation>трассада татаал рельеф</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="37"/>
        <source>outside boundary</source>
        <translation>чек арадан тышкары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="38"/>
        <source>Fiber</source>
        <translation>Оптикалык була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="39"/>
        <source>Microwave (P2P)</source>
        <translation>Радиорелелик байланыш (P2P)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="40"/>
        <source>Cellular</source>
        <translation>Уюлдук байланыш</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="41"/>
        <source>Satellite</source>
        <translation>Спутник байланышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="42"/>
        <source>no coordinates</source>
        <translation>координаттар жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="43"/>
        <source>coordinates that cannot be read</source>
        <translation>координаттар окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="44"/>
        <source>coordinates 0, 0</source>
        <translation>координаттар 0, 0</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="45"/>
        <source>coordinates out of range</source>
        <translation>координаттар чектен тышкары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="46"/>
        <source>latitude and longitude swapped</source>
        <translation>кеңдик менен узундук алмашып калган</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="47"/>
        <source>just outside the boundary</source>
        <translation>чек арадан бир аз сыртта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="48"/>
        <source>outside the boundary</source>
        <translation>чек арадан сыртта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="49"/>
        <source>duplicate school id</source>
        <translation>мектептин коду кайталанат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="50"/>
        <source>duplicate nearby</source>
        <translation>жакын жерде кайталанган мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="51"/>
        <source>no school id</source>
        <translation>мектептин коду жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="52"/>
        <source>no school name</source>
        <translation>мектептин аталышы жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="53"/>
        <source>connectivity cannot be read</source>
        <translation>туташуу окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="54"/>
        <source>connected, as a speed is given</source>
        <translation>туташкан, анткени ылдамдык көрсөтүлгөн</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="55"/>
        <source>&apos;not connected&apos; with a speed</source>
        <translation>«туташпаган», бирок ылдамдык көрсөтүлгөн</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="56"/>
        <source>speed cannot be read</source>
        <translation>ылдамдык окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="57"/>
        <source>speed unit doubtful</source>
        <translation>ылдамдыктын бирдиги шектүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="58"/>
        <source>implausible speed</source>
        <translation>ишенимсиз ылдамдык</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="59"/>
        <source>students cannot be read</source>
        <translation>окуучулардын саны окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="60"/>
        <source>implausible number of students</source>
        <translation>окуучулардын саны ишенимсиз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="61"/>
        <source>area type cannot be read</source>
        <translation>жердин түрү окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="62"/>
        <source>line in another encoding</source>
        <translation>сап башка коддоодо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="63"/>
        <source>unreadable characters</source>
        <translation>окулбаган белгилер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="64"/>
        <source>wrong number of cells</source>
        <translation>уячалардын саны туура эмес</translation>
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
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="32"/>
        <source>Export planning maps</source>
        <translation>Пландоо карталарын экспорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="59"/>
        <source>Regions (admin level 1), one atlas page each</source>
        <translation>Облустар (1-админ. деңгээл), ар бирине атластын бир барагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="60"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="60"/>
        <source>School connectivity planning map</source>
        <translation>Мектептерди туташтырууну пландоо картасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="62"/>
        <source>Paper size</source>
        <translation>Кагаздын өлчөмү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="63"/>
        <source>Orientation</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="63"/>
        <source>Landscape</source>
        <translation>Туурасынан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="63"/>
        <source>Portrait</source>
        <translation>Тигинен</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="66"/>
        <source>Resolution (dpi)</source>
        <translation>Чечилиши (dpi)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="68"/>
        <source>National map template (.qpt)</source>
        <translation>Улуттук картанын шаблону (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="68"/>
        <source>Region page template (.qpt)</source>
        <translation>Облус барагынын шаблону (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="74"/>
        <source>Planning map (PDF)</source>
        <translation>Пландоо картасы (PDF)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>National page (PNG)</source>
        <translation>Улуттук барак (PNG)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>PNG images (*.png)</source>
        <translation>PNG сүрөттөрү (*.png)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="78"/>
        <source>National page (SVG)</source>
        <translation>Улуттук барак (SVG)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="78"/>
        <source>SVG files (*.svg)</source>
        <translation>SVG файлдары (*.svg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="81"/>
        <source>Pages</source>
        <translation>Барактар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="91"/>
        <source>Reading {n} schools…</source>
        <translation>{n} мектеп окулууда…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="96"/>
        <source>{layer}: no school has coordinates, nothing to map</source>
        <translation>{layer}: эч бир мектептин координаттары жок, картага түшүрө турган эч нерсе жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="105"/>
        <source>Printing {n} pages…</source>
        <translation>{n} барак басылууда…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="115"/>
        <source>Wrote {path}</source>
        <translation>{path} жазылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="49"/>
        <source>Prints the national planning map (schools by connectivity, hard-to-connect schools, fiber, regions, legend, statistics) and, when regions are given, one page per region with its statistics and the list of schools to connect. One multi-page PDF (national page first), a PNG per page (regions as &lt;name&gt;_&lt;region&gt;.png beside the national PNG) and an optional SVG of the national page. The layouts come from editable templates (.qpt): pass your own to restyle them. An optional progress chart (an image, such as the dock&apos;s chart of connected schools over time) is printed on the national page under the region table.</source>
        <translation>Улуттук пландоо картасын басып чыгарат (мектептер туташуусу боюнча, туташтыруу кыйын мектептер, оптикалык була, облустар, шарттуу белгилер, статистика), ал эми облустар берилсе — ар бир облуска анын статистикасы жана туташтырыла турган мектептердин тизмеси менен бир барактан. Бир көп барактуу PDF (биринчи улуттук барак), ар бир барак үчүн PNG (облустар — улуттук PNG'нин жанында &lt;name&gt;_&lt;region&gt;.png катары) жана каалоо боюнча улуттук барактын SVG'си. Макеттер түзөтүлүүчү шаблондордон (.qpt) алынат: көрүнүшүн өзгөртүү үчүн өзүңүздүкүн көрсөтүңүз. Каалоо боюнча жылыш графиги (сүрөт, мисалы, панелдеги туташкан мектептердин убакыт боюнча графиги) улуттук баракта облустар таблицасынын астына басылат.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="71"/>
        <source>Progress chart for the national page</source>
        <translation>Улуттук барак үчүн жылыш графиги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="71"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Сүрөттөр (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="130"/>
        <source>{path}: progress chart not found</source>
        <translation>{path}: жылыш графиги табылган жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="132"/>
        <source>The national template has no room for the progress chart; left out.</source>
        <translation>Улуттук шаблондо жылыш графиги үчүн орун жок; ал кошулган жок.</translation>
    </message>
</context>
<context>
    <name>ExportTablesAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="25"/>
        <source>Export priority and hard-to-connect lists</source>
        <translation>Артыкчылыктардын жана туташтыруу кыйын мектептердин тизмелерин экспорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="34"/>
        <source>Writes the prioritised list (ranked schools in rank order; without ranks, the unconnected schools) and the hard-to-connect list with reasons. A .csv file is UTF-8 with a byte-order mark so Excel reads Cyrillic names; a .xlsx file is a spreadsheet. Text that starts with = + - @ gets a leading apostrophe so a spreadsheet never runs it as a formula.</source>
        <translation>Артыкчылык боюнча тизмени (кезек тартибиндеги мектептер; кезек жок болсо — туташпаган мектептер) жана туташтыруу кыйын мектептердин тизмесин себептери менен жазат. .csv файлы Excel кириллица аталыштарды окушу үчүн байттардын тартибинин белгиси менен UTF-8 коддоосунда; .xlsx файлы — электрондук таблица. = + - @ менен башталган тексттин алдына апостроф коюлат, ошондуктан электрондук таблица аны эч качан формула катары аткарбайт.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="41"/>
        <source>Schools (analysed)</source>
        <translation>Мектептер (талдоодон кийин)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="43"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel китеби (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="44"/>
        <source>Prioritised list</source>
        <translation>Артыкчылык боюнча тизме</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="46"/>
        <source>Hard-to-connect list</source>
        <translation>Туташтыруу кыйын мектептердин тизмеси</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="48"/>
        <source>Rows in the prioritised list</source>
        <translation>Артыкчылык тизмесиндеги саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="49"/>
        <source>Rows in the hard-to-connect list</source>
        <translation>Туташтыруу кыйын мектептер тизмесиндеги саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="55"/>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="55"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="71"/>
        <source>Wrote {n} rows to {path}</source>
        <translation>{path} файлына {n} сап жазылды</translation>
    </message>
</context>
<context>
    <name>FiberRoutesAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="39"/>
        <source>Shared fiber routes</source>
        <translation>Жалпы була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="56"/>
        <source>Plans fiber to every unconnected school within reach, sharing trenches between neighbours: the fiber network and the connected schools are the sources, and each unconnected school joins through the shortest links (a minimum spanning tree, as Giga&apos;s cost model and ITU&apos;s planning platform do). No link is longer than the maximum link length.

Without roads a link is the geodesic straight line times the detour factor. With a roads layer links follow the shortest road path; schools and fiber points are snapped to the nearest road vertex within the snap distance, and schools farther from any road are reported unreachable.

The nearest fiber point of each school is measured on the fiber layers when given, otherwise taken from the fields fiber_distance_m, fiber_lon and fiber_lat (Distance to fiber).

Outputs: the schools with route_length_m (the school&apos;s own link), route_cost_usd (its trench at the cost per km), upstream_type (fiber, connected_school, school, unreachable), upstream_id, route_order (build order from the network) and alone_length_m (its direct link to the network); and the route segments (from_id, to_id, length_m, cost_usd, order). The log gives the total length against every school connected alone: the saving of shared trenches.</source>
        <translation>Жетүүгө мүмкүн болгон ар бир туташпаган мектепке чейин коңшулар ортосунда жалпы траншеялар менен оптикалык буланы пландайт: булактар — була тармагы жана туташкан мектептер, ал эми ар бир туташпаган мектеп эң кыска линиялар аркылуу кошулат (минималдуу камтуучу дарак, Giga чыгымдар моделиндегидей жана ЭЭБ пландоо платформасындагыдай). Бир да линия линиянын эң чоң узундугунан узун эмес.

Жолдор жок болсо, линия — ийрилик коэффициентине көбөйтүлгөн геодезиялык түз сызык. Жолдор катмары берилсе, линиялар жол боюнча эң кыска жол менен өтөт; мектептер жана була чекиттери байлоо аралыгынын чегиндеги эң жакын жол чокусуна байланат, ал эми бардык жолдордон алысыраак мектептер жетүүгө болбойт деп белгиленет.

Ар бир мектептин буланын эң жакын чекити була катмарлары берилсе, алар боюнча өлчөнөт, болбосо fiber_distance_m, fiber_lon жана fiber_lat талааларынан алынат («Оптикалык булага чейинки аралык»).

Жыйынтыктар: route_length_m (мектептин өз линиясы), route_cost_usd (анын траншеясы 1 км наркы боюнча), upstream_type (fiber, connected_school, school, unreachable), upstream_id, route_order (тармактан куруу тартиби) жана alone_length_m (анын тармакка түз линиясы) талаалары бар мектептер; жана трассалардын сегменттери (from_id, to_id, length_m, cost_usd, order). Журналда жалпы узундук ар бир мектепти өзүнчө туташтыруу менен салыштырылат: жалпы траншеялардан үнөмдөө.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="74"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="77"/>
        <source>Roads (optional)</source>
        <translation>Жолдор (милдеттүү эмес)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="79"/>
        <source>Road snap distance (m)</source>
        <translation>Жолго байлоо аралыгы (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="82"/>
        <source>Maximum link length (m)</source>
        <translation>Линиянын эң чоң узундугу (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="85"/>
        <source>Detour factor on straight links</source>
        <translation>Түз линиялардын ийрилик коэффициенти</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="88"/>
        <source>Fiber cost per km (USD)</source>
        <translation>Оптикалык буланын 1 км наркы (АКШ доллары)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="91"/>
        <source>Also route schools with unknown connectivity</source>
        <translation>Туташуусу белгисиз мектептерге да трасса салуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="93"/>
        <source>Schools with routes</source>
        <translation>Трассалары бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Fiber routes</source>
        <translation>Оптикалык була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Schools routed</source>
        <translation>Трассасы бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Schools out of reach</source>
        <translation>Жетүүгө болбогон мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Shared route length (km)</source>
        <translation>Жалпы трассалардын узундугу (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Length if each school were connected alone (km)</source>
        <translation>Ар бир мектеп өзүнчө туташтырылса узундугу (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Saving of shared trenches (USD)</source>
        <translation>Жалпы траншеялардан үнөмдөө (АКШ доллары)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="116"/>
        <source>Routing {count} schools</source>
        <translation>{count} мектепке трасса курулууда</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="146"/>
        <source>Give the fiber layers, or schools with the fields {fields} (run Distance to fiber first); missing: {missing}</source>
        <translation>Була катмарларын же {fields} талаалары бар мектептерди көрсөтүңүз (адегенде «Оптикалык булага чейинки аралыкты» аткарыңыз); жок: {missing}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="181"/>
        <source>{routed} schools routed, {unreachable} out of reach; shared routes {route:.1f} km against {alone:.1f} km if each school were connected alone ({compared} schools compared): {saving:.1f} km, {usd:,.0f} USD saved</source>
        <translation>{routed} мектепке трасса курулду, {unreachable} мектепке жетүүгө болбойт; жалпы трассалар {route:.1f} км, ар бир мектеп өзүнчө туташтырылса {alone:.1f} км ({compared} мектеп салыштырылды): {saving:.1f} км, {usd:,.0f} АКШ доллары үнөмдөлдү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="189"/>
        <source>Out of reach, {reason}: {count}</source>
        <translation>Жетүүгө болбойт, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="137"/>
        <source>{sources}: the fiber layers hold no usable line or node.</source>
        <translation>{sources}: була катмарларында жарактуу линия же түйүн жок.</translation>
    </message>
</context>
<context>
    <name>FlagHardToConnectAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="37"/>
        <source>Flag hard-to-connect schools</source>
        <translation>Туташтыруу кыйын мектептерди белгилөө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="61"/>
        <source>Schools with distance to fiber</source>
        <translation>Булага чейинки аралыгы бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="63"/>
        <source>Elevation model (DEM)</source>
        <translation>Санариптик рельеф модели (СРМ)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="65"/>
        <source>Country boundary</source>
        <translation>Өлкөнүн чек арасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="68"/>
        <source>Far from fiber beyond (m)</source>
        <translation>Оптикалык буладан алыс, андан ары (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="69"/>
        <source>High elevation above (m)</source>
        <translation>Бийиктик, андан жогору (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="70"/>
        <source>Rugged path: slope steeper than (degrees)</source>
        <translation>Татаал рельеф: эңкейиши андан тик (градус)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="76"/>
        <source>Schools with hard-to-connect flags</source>
        <translation>Туташтыруу кыйындыгы белгиленген мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="78"/>
        <source>Hard-to-connect schools</source>
        <translation>Туташтыруу кыйын мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="84"/>
        <source>{layer}: no field {fields}; run &apos;Distance to fiber&apos; on the schools first</source>
        <translation>{layer}: {fields} талаасы жок; адегенде мектептер үчүн «Оптикалык булага чейинки аралыкты» аткарыңыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="132"/>
        <source>Sampling terrain along the paths to fiber</source>
        <translation>Булага чейинки жолдор боюнча рельефти өлчөө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="150"/>
        <source>{code}: {field} &gt; {value} {unit}</source>
        <translation>{code}: {field} &gt; {value} {unit}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="152"/>
        <source>{count} hard-to-connect schools</source>
        <translation>Туташтыруу кыйын мектептер: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="154"/>
        <source>  {code}: {count}</source>
        <translation>  {code}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="47"/>
        <source>Flags schools that are hard to connect by fiber and says why. Input: the output of &apos;Distance to fiber&apos; (fields fiber_distance_m, fiber_lon, fiber_lat).

Reasons (hard_reasons, joined by &apos;;&apos;):
{rules}

With a DEM (any CRS; reprojected to EPSG:4326 in memory) the path from the school to its nearest fiber point is sampled every half pixel with bilinear interpolation: elevation_m, path_max_slope_deg, path_relief_m (highest minus lowest), path_max_elevation_m and its location. Without a DEM, or without a boundary, the rules that need them do not fire. Clear a threshold to switch its rule off. Schools already connected (connectivity &apos;yes&apos;) keep their reasons but are not flagged: they are not left to connect. Every flag can be recomputed from the output fields.</source>
        <translation>Оптикалык була менен туташтыруу кыйын мектептерди белгилейт жана себебин көрсөтөт. Кириш: «Оптикалык булага чейинки аралык» алгоритминин жыйынтыгы (fiber_distance_m, fiber_lon, fiber_lat талаалары).

Себептер (hard_reasons, «;» аркылуу):
{rules}

СРМ берилсе (каалаган координаттар системасында; эс тутумда EPSG:4326 системасына которулат), мектептен эң жакын була чекитине чейинки жол ар бир жарым пикселде билинеардык интерполяция менен текшерилет: elevation_m, path_max_slope_deg, path_relief_m (эң бийик жана эң жапыз чекиттердин айырмасы), path_max_elevation_m жана анын жайгашкан жери. СРМ же чек ара болбосо, аларды талап кылган эрежелер иштебейт. Эрежени өчүрүү үчүн анын чегин тазалаңыз. Ар бир белгини чыгуучу талаалар боюнча кайра эсептөөгө болот.</translation>
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
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="35"/>
        <source>Import the operator&apos;s work plan</source>
        <translation>Оператордун иш планын импорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="75"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="77"/>
        <source>Work plan file</source>
        <translation>Иш планынын файлы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="77"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*.*)</source>
        <translation>Таблицалар (*.csv *.tsv *.txt *.xlsx);;Бардык файлдар (*.*)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>…or a work plan table of the project</source>
        <translation>…же долбоордогу иш планынын таблицасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>School id column</source>
        <translation>Мектептин коду мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>School name column</source>
        <translation>Мектептин аталышы мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>Region column</source>
        <translation>Облус мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>District column</source>
        <translation>Район мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>Status column</source>
        <translation>Абал мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="90"/>
        <source>Minimum name score (0-1)</source>
        <translation>Аталыштын дал келүүсүнүн эң төмөнкү баасы (0–1)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="93"/>
        <source>Schools with pipeline status</source>
        <translation>Туташтыруу планындагы абалы бар мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="95"/>
        <source>Plan rows to check</source>
        <translation>Текшерүүчү план саптары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="97"/>
        <source>Plan rows</source>
        <translation>Пландын саптары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="97"/>
        <source>Matched by id</source>
        <translation>Коду боюнча дал келди</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="97"/>
        <source>Matched by name</source>
        <translation>Аталышы боюнча дал келди</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="97"/>
        <source>Rows to check</source>
        <translation>Текшерүүчү саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="110"/>
        <source>{path}, row {row}: {detail}</source>
        <translation>{path}, {row}-сап: {detail}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="114"/>
        <source>Give a work plan file or a work plan table.</source>
        <translation>Иш планынын файлын же иш планынын таблицасын көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="128"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="128"/>
        <source>work plan</source>
        <translation>иш планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="138"/>
        <source>The schools have no school_id field (import them first).</source>
        <translation>Мектептерде school_id талаасы жок (адегенде аларды импорттоңуз).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="166"/>
        <source>{rows} plan rows: {by_id} matched by id, {by_name} by name, {check} to check</source>
        <translation>Пландын {rows} сабы: {by_id} коду боюнча, {by_name} аталышы боюнча дал келди, {check} текшерүү керек</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="169"/>
        <source>To check, {reason}: {count}</source>
        <translation>Текшерүү керек, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="172"/>
        <source>Schools {status}: {count}</source>
        <translation>{status} абалындагы мектептер: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="55"/>
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
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>Date column</source>
        <translation>Дата мамычасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="131"/>
        <source>{name}: id ← {id}, name ← {school}, region ← {a1}, district ← {a2}, status ← {status}, date ← {date}</source>
        <translation>{name}: код ← {id}, аталышы ← {school}, облус ← {a1}, район ← {a2}, абал ← {status}, дата ← {date}</translation>
    </message>
</context>
<context>
    <name>ImportSchoolsAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="69"/>
        <source>Import school list</source>
        <translation>Мектептердин тизмесин импорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="127"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="104"/>
        <source>School list file</source>
        <translation>Мектептердин тизмесинин файлы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="108"/>
        <source>…or a school layer of the project</source>
        <translation>…же долбоордогу мектептер катмары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="111"/>
        <source>Country boundary</source>
        <translation>Өлкөнүн чек арасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="113"/>
        <source>Boundary tolerance (km)</source>
        <translation>Чек аранын жол берилген четтөөсү (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="116"/>
        <source>Speed classes</source>
        <translation>Ылдамдык класстары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="45"/>
        <source>Giga global (good &gt; 20 Mbps, bad &lt; 1 Mbps)</source>
        <translation>Giga, глобалдык (жакшы &gt; 20 Мбит/с, начар &lt; 1 Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="46"/>
        <source>Giga national (good ≥ 5 Mbps)</source>
        <translation>Giga, улуттук (жакшы ≥ 5 Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="47"/>
        <source>User-defined (thresholds below)</source>
        <translation>Колдонуучунуку (чектер төмөндө)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="119"/>
        <source>User-defined: good from (Mbps)</source>
        <translation>Колдонуучунуку: жакшы, баштап (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="122"/>
        <source>User-defined: bad below (Mbps)</source>
        <translation>Колдонуучунуку: начар, төмөн (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="125"/>
        <source>Column map (field=Column;field=Column)</source>
        <translation>Мамычаларды дал келтирүү (талаа=Мамыча;талаа=Мамыча)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="129"/>
        <source>Rejected rows</source>
        <translation>Четке кагылган саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="131"/>
        <source>Rows in</source>
        <translation>Кирген саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="132"/>
        <source>Schools loaded</source>
        <translation>Жүктөлгөн мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="133"/>
        <source>Rows rejected</source>
        <translation>Четке кагылган саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="140"/>
        <source>Give a school list file or a school layer.</source>
        <translation>Мектептердин тизмесинин файлын же мектептер катмарын көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="144"/>
        <source>Read {path}: encoding {encoding}, delimiter {delimiter}</source>
        <translation>{path} окулду: коддоо {encoding}, бөлгүч {delimiter}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="147"/>
        <source>Column {old} renamed to {new} (blank or repeated header)</source>
        <translation>{old} мамычасы {new} деп өзгөртүлдү (бош же кайталанган баш сап)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="180"/>
        <source>{field} ← {column}</source>
        <translation>{field} ← {column}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="237"/>
        <source>Rows lost: {loaded} + {rejected} != {rows}</source>
        <translation>Саптар жоголду: {loaded} + {rejected} != {rows}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="239"/>
        <source>{rows} rows in: {loaded} schools loaded, {rejected} rejected</source>
        <translation>Кирген {rows} сап: {loaded} мектеп жүктөлдү, {rejected} четке кагылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="242"/>
        <source>Rejected, {reason}: {count}</source>
        <translation>Четке кагылды, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="244"/>
        <source>Flagged, {code}: {count}</source>
        <translation>Белгиленди, {code}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="251"/>
        <source>Row {row}: {detail}</source>
        <translation>{row}-сап: {detail}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="253"/>
        <source>… and {count} more row issues (see qa_flags)</source>
        <translation>… жана саптарда дагы {count} көйгөй (qa_flags караңыз)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="87"/>
        <source>Reads a national school list (CSV/TSV/semicolon/pipe text in UTF-8, UTF-8 with BOM or CP1251; XLSX; GeoJSON, GeoPackage or Shapefile in any CRS; or a layer of the project) and writes the normalised school points in EPSG:4326.

Columns are recognised by Giga school-master names and English, Russian and Kyrgyz aliases; 'Column map' overrides them, e.g. latitude=Широта;download_speed=Скорость.

No row is lost: a row is rejected only when it cannot be placed (missing, unreadable, zero or out-of-range coordinates) and goes to the rejects table with its reason and its raw values. Every other doubt (swapped lat/lon, outside the boundary, duplicates, implausible speeds or student counts, unreadable values) is kept and listed in qa_flags.

source_row is the 1-based number of the data row in the file, header excluded (blank lines are not rows); for a spatial file or a layer it is the feature's position in the layer.

Reject reasons: {reasons}.
QA flags: {flags}.</source>
        <translation>Мектептердин улуттук тизмесин окуйт (UTF-8, BOM менен UTF-8 же CP1251 коддоосундагы үтүр, үтүрлүү чекит же тик сызык менен бөлүнгөн CSV/TSV тексти; XLSX; каалаган координаттар системасындагы GeoJSON, GeoPackage же Shapefile; же долбоордун катмары) жана мектептердин нормалдаштырылган чекиттерин EPSG:4326 системасында жазат.

Мамычалар Giga school-master аталыштары жана англисче, орусча, кыргызча синонимдер боюнча таанылат; «Мамычаларды дал келтирүү» параметри аларды кол менен көрсөтөт, мисалы latitude=Широта;download_speed=Скорость.

Бир да сап жоголбойт: сап картага түшүрүлө албаганда гана четке кагылат (координаттар жок, окулбайт, нөл же уруксат берилген чектен тышкары) жана себеби жана баштапкы маанилери менен четке кагылган саптардын таблицасына түшөт. Башка ар кандай шек (кеңдик менен узундук алмашып кеткен, чек арадан тышкары, кайталанган, ишенүүгө мүмкүн эмес ылдамдык же окуучулардын саны, окулбаган маанилер) сакталат жана qa_flags талаасында көрсөтүлөт.

source_row — файлдагы маалымат сабынын 1ден баштаган номери, баш сапсыз (бош саптар эсептелбейт); мейкиндик файлы же катмар үчүн — объекттин катмардагы орду.

Четке кагуунун себептери: {reasons}.
Сапатты текшерүү (QA) белгилери: {flags}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="228"/>
        <source>{name}: the boundary must be polygons</source>
        <translation>{name}: чек ара полигондордон турушу керек</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="174"/>
        <source>{name}: no column for {fields}; columns are: {columns}. Map them with the column map, e.g. latitude=Column;longitude=Column, or coordinates=Column for one column holding both</source>
        <translation>{name}: {fields} үчүн мамыча жок; бар мамычалар: {columns}. Аларды «Мамычаларды дал келтирүү» параметринде көрсөтүңүз, мисалы latitude=Мамыча;longitude=Мамыча же эки координата бир мамычада болсо coordinates=Мамыча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="104"/>
        <source>School lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp);;All files (*.*)</source>
        <translation>Мектептердин тизмелери (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp);;Бардык файлдар (*.*)</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="28"/>
        <source>The normalised school layer (import a school list to create one)</source>
        <translation>Нормалдаштырылган мектептер катмары (аны түзүү үчүн мектептердин тизмесин импорттоңуз)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="29"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="32"/>
        <source>No fiber layer</source>
        <translation>Оптикалык була катмары жок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="33"/>
        <source>Fiber lines and nodes, one or more layers</source>
        <translation>Оптикалык буланын линиялары жана түйүндөрү, бир же бир нече катмар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="34"/>
        <source>Fiber</source>
        <translation>Оптикалык була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="39"/>
        <source>Regions</source>
        <translation>Облустар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="44"/>
        <source>Elevation</source>
        <translation>Рельеф</translation>
    </message>
</context>
<context>
    <name>PackageForFieldAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="28"/>
        <source>Package for the field</source>
        <translation>Талаа иштери үчүн пакет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="38"/>
        <source>Writes one GeoPackage holding the schools, fiber, routes, regions and the rejects table, each layer with its style stored as the default style (QField and QGIS open it styled), and a QGIS project (.qgz) beside it that refers to the GeoPackage by a relative path. No basemap is needed: the regions give context offline. Both files appear only when complete.</source>
        <translation>Мектептер, оптикалык була, трассалар, облустар жана четке кагылган саптардын таблицасы бар бир GeoPackage жазат, ар бир катмардын стили демейки стиль катары сакталат (QField жана QGIS аны көрүнүшү менен ачат), ал эми жанында GeoPackage'ке салыштырмалуу жол менен шилтеме берген QGIS долбоору (.qgz) турат. Негизги карта керек эмес: облустар интернетсиз багыт берет. Эки файл тең толук даяр болгондо гана пайда болот.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="60"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="66"/>
        <source>Proposed fiber routes</source>
        <translation>Сунушталган була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="66"/>
        <source>Regions</source>
        <translation>Облустар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="66"/>
        <source>Rejected rows</source>
        <translation>Четке кагылган саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="49"/>
        <source>Project title</source>
        <translation>Долбоордун аталышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="49"/>
        <source>School connectivity field package</source>
        <translation>Мектептерди туташтыруунун талаа пакети</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="52"/>
        <source>Field package (GeoPackage)</source>
        <translation>Талаа пакети (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="52"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="54"/>
        <source>Project file (.qgz)</source>
        <translation>Долбоор файлы (.qgz)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="64"/>
        <source>Fiber</source>
        <translation>Оптикалык була</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="82"/>
        <source>Wrote {gpkg} and {project}</source>
        <translation>{gpkg} жана {project} жазылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="64"/>
        <source>Fiber: {name}</source>
        <translation>Оптикалык була: {name}</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="17"/>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="17"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="17"/>
        <source>Students</source>
        <translation>Окуучулар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="17"/>
        <source>Fiber km</source>
        <translation>Була, км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="17"/>
        <source>USD</source>
        <translation>АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="32"/>
        <source>Priorities</source>
        <translation>Артыкчылыктар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="41"/>
        <source>Prioritise by</source>
        <translation>Артыкчылык критерийи</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="47"/>
        <source> USD</source>
        <translation> АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="49"/>
        <source>Budget per phase</source>
        <translation>Этаптын бюджети</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="57"/>
        <source>Totals of the last Prioritise run; phase 0 holds schools no phase could afford.</source>
        <translation>Акыркы артыкчылыктарды эсептөөнүн жыйынтыктары; 0-этап — бир дагы этаптын бюджети жетпеген мектептер.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="94"/>
        <source>Not phased</source>
        <translation>Этапсыз</translation>
    </message>
</context>
<context>
    <name>PrioritizeAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="42"/>
        <source>Prioritise the pipeline</source>
        <translation>Туташтыруу планынын артыкчылыктары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="63"/>
        <source>Giga cost model (8,900 USD/km fiber, 5 years)</source>
        <translation>Giga чыгымдар модели (була 1 км үчүн 8 900 АКШ доллары, 5 жыл)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="64"/>
        <source>Giga cost model documentation example (7,500 USD/km)</source>
        <translation>Giga чыгымдар моделинин документациясындагы мисал (1 км үчүн 7 500 АКШ доллары)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="65"/>
        <source>ITU planning platform (20,000 USD/km fiber, 10 years)</source>
        <translation>ЭЭБ пландоо платформасы (була 1 км үчүн 20 000 АКШ доллары, 10 жыл)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="68"/>
        <source>Most students per dollar</source>
        <translation>Бир долларга эң көп окуучу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="68"/>
        <source>Most schools per dollar</source>
        <translation>Бир долларга эң көп мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="69"/>
        <source>Lowest total cost to connect all</source>
        <translation>Баарын туташтыруунун эң аз жалпы наркы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="72"/>
        <source>For every school still to connect (connectivity &apos;no&apos;, optionally &apos;unknown&apos;, and not connected by the pipeline): the cheapest feasible technology over the cost horizon, its CAPEX and yearly OPEX, a priority score, a rank and a budget phase.

Feasibility: fiber when the school has a route within the maximum link (Shared fiber routes; without route fields, its own distance to fiber x detour factor); point-to-point microwave when the DEM shows line of sight (earth curvature with k = 4/3, antennas of the preset) to a fiber node within range; cellular within range of a tower point, or inside a coverage polygon; LEO satellite always. Fiber through a school that took another technology also pays that school&apos;s trench.

Score, per 1,000 USD of the school&apos;s total cost (CAPEX + OPEX over the horizon): most students per dollar = students_used x priority_weight / cost; most schools per dollar = priority_weight / cost; lowest total cost = 1 / cost (weights do not apply). students_used is the enrolment, or the median enrolment where it is unknown. priority_weight = rural weight for rural schools x hard-to-connect weight for flagged schools.

Rank: by score, a school on fiber never before the school its fiber passes through. Phases are filled in rank order and never exceed the budget per phase; a school costing more than one phase&apos;s budget gets phase 0 (phase_note exceeds_phase_budget).

Cost overrides: JSON changing any number of the preset, e.g. {&quot;horizon_years&quot;: 10, &quot;fiber&quot;: {&quot;per_km_usd&quot;: 12000}}. Sources of the presets: docs/cost_model.md.</source>
        <translation>Али туташтырыла элек ар бир мектеп үчүн (connectivity «no», каалоо боюнча «unknown», план боюнча туташтырылбаган): эсептөө мезгилиндеги эң арзан ишке ашырылуучу технология, анын капиталдык чыгымдары (CAPEX) жана жылдык пайдалануу чыгымдары (OPEX), артыкчылык упайы, кезектеги орду жана бюджет этабы.

Ишке ашыруу мүмкүнчүлүгү: оптикалык була — эгер мектептин линиянын эң чоң узундугунун чегинде трассасы болсо («Жалпы була трассалары»; трасса талаалары жок болсо — өзүнүн булага чейинки аралыгы × ийрилик коэффициенти); радиорелелик байланыш — эгер СРМ аралыктын чегиндеги була түйүнүнө чейин түз көрүнүүнү көрсөтсө (Жердин ийрилиги k = 4/3, антенналардын бийиктиги даяр жөндөөлөрдөн); уюлдук байланыш — мунара чекитинен аралыктын чегинде же камтуу полигонунун ичинде; төмөнкү орбиталык спутник — ар дайым. Башка технологияны тандаган мектеп аркылуу өткөн була ошол мектептин траншеясын да төлөйт.

Мектептин жалпы наркынын (мезгил ичиндеги CAPEX + OPEX) ар бир 1 000 АКШ долларына упай: бир долларга эң көп окуучу = students_used × priority_weight / нарк; бир долларга эң көп мектеп = priority_weight / нарк; эң аз жалпы нарк = 1 / нарк (салмактар колдонулбайт). students_used — окуучулардын саны, ал белгисиз болсо — окуучулардын медианалык саны. priority_weight = айылдык мектептер үчүн айылдык мектептердин салмагы × белгиленген мектептер үчүн туташтыруу кыйын мектептердин салмагы.

Кезек: упай боюнча, мында була аркылуу туташкан мектеп анын буласы өткөн мектептен эч качан мурда турбайт. Этаптар кезек тартибинде толтурулат жана этаптын бюджетинен эч качан ашпайт; бир этаптын бюджетинен кымбат мектеп 0-этапты алат (phase_note exceeds_phase_budget).

Чыгымдардын өзгөртүүлөрү: даяр жөндөөлөрдүн каалаган санын өзгөрткөн JSON, мисалы {&quot;horizon_years&quot;: 10, &quot;fiber&quot;: {&quot;per_km_usd&quot;: 12000}}. Даяр жөндөөлөрдүн булактары: docs/cost_model.md.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="96"/>
        <source>Schools (with route fields when available)</source>
        <translation>Мектептер (трасса талаалары болсо, алар менен)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="98"/>
        <source>Fiber nodes for point-to-point links</source>
        <translation>Радиорелелик байланыш үчүн була түйүндөрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="101"/>
        <source>Elevation model (line of sight)</source>
        <translation>Санариптик рельеф модели (түз көрүнүү)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="103"/>
        <source>Cell towers (points) or coverage (polygons)</source>
        <translation>Уюлдук байланыш мунаралары (чекиттер) же камтуу аймактары (полигондор)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="106"/>
        <source>Cost model</source>
        <translation>Чыгымдар модели</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="108"/>
        <source>Cost overrides (JSON)</source>
        <translation>Чыгымдардын өзгөртүүлөрү (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="110"/>
        <source>Objective</source>
        <translation>Максат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="112"/>
        <source>Budget per phase (USD)</source>
        <translation>Этаптын бюджети (АКШ доллары)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="115"/>
        <source>Weight of rural schools</source>
        <translation>Айылдык мектептердин салмагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="118"/>
        <source>Weight of hard-to-connect schools</source>
        <translation>Туташтыруу кыйын мектептердин салмагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="121"/>
        <source>Also plan schools with unknown connectivity</source>
        <translation>Туташуусу белгисиз мектептерди да пландоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="123"/>
        <source>Prioritised schools</source>
        <translation>Артыкчылык боюнча мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="125"/>
        <source>Totals per phase</source>
        <translation>Этаптар боюнча жыйынтыктар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>Schools to connect</source>
        <translation>Туташтырыла турган мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>Schools in a phase</source>
        <translation>Этаптардагы мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>Phases</source>
        <translation>Этаптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>Total cost of the phased schools (USD)</source>
        <translation>Этаптардагы мектептердин жалпы наркы (АКШ доллары)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="144"/>
        <source>Cost overrides: {error}</source>
        <translation>Чыгымдардын өзгөртүүлөрү: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="154"/>
        <source>No route fields (run Shared fiber routes first): each school&apos;s fiber is costed alone, its distance to fiber x detour factor.</source>
        <translation>Трасса талаалары жок (адегенде «Жалпы була трассаларын» аткарыңыз): ар бир мектептин буласы өзүнчө бааланат — булага чейинки аралык × ийрилик коэффициенти.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="186"/>
        <source>Fiber nodes given without an elevation model: point-to-point links are not assessed.</source>
        <translation>Була түйүндөрү рельеф моделисиз берилген: радиорелелик байланыш бааланбайт.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="200"/>
        <source>Line of sight for {count} schools</source>
        <translation>{count} мектеп үчүн түз көрүнүү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="207"/>
        <source>{found} of {count} schools see a fiber node within {km:.0f} km</source>
        <translation>{count} мектептин {found} мектеби {km:.0f} км ичинде була түйүнүн көрөт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="224"/>
        <source>{count} schools to connect have cellular coverage</source>
        <translation>Туташтырыла турган {count} мектеп уюлдук байланыш аймагында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="237"/>
        <source>Cost model: {name} ({source})</source>
        <translation>Чыгымдар модели: {name} ({source})</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="239"/>
        <source>Recommended {technology}: {count} schools</source>
        <translation>Сунушталган {technology}: {count} мектеп</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="242"/>
        <source>Phase {phase}</source>
        <translation>{phase}-этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="242"/>
        <source>No phase</source>
        <translation>Этапсыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="243"/>
        <source>{label}: {schools} schools, {students:,.0f} students, {km:,.1f} km fiber, {usd:,.0f} USD</source>
        <translation>{label}: {schools} мектеп, {students:,.0f} окуучу, {km:,.1f} км була, {usd:,.0f} АКШ доллары</translation>
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
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="42"/>
        <source>Export chart…</source>
        <translation>Графикти экспорттоо…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="81"/>
        <source>Choose where to store snapshots first.</source>
        <translation>Адегенде абалдар кайда сакталарын тандаңыз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="86"/>
        <source>Cannot write snapshots to {path}: {error}</source>
        <translation>Абалдарды {path} файлына жазуу мүмкүн эмес: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="96"/>
        <source>Cannot read snapshots from {path}: {error}</source>
        <translation>Абалдарды {path} файлынан окуу мүмкүн эмес: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="105"/>
        <source>Export chart</source>
        <translation>Графикти экспорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="105"/>
        <source>PNG image (*.png)</source>
        <translation>PNG сүрөтү (*.png)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="107"/>
        <source>Cannot write {path}.</source>
        <translation>{path} жазуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="46"/>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="47"/>
        <source>Share (%)</source>
        <translation>Үлүшү (%)</translation>
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
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="37"/>
        <source>Run the whole job</source>
        <translation>Бардык ишти аткаруу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="54"/>
        <source>Runs the main job as the headless command does: import the school list, match the operator&apos;s work plan, measure geodesic distance to fiber, flag hard-to-connect schools, plan shared fiber routes and priorities, then write into the output folder: schools.gpkg (schools, rejected rows, routes, unmatched plan rows), summary.json, planning_map.pdf and .png pages, field_package.gpkg with its project, priority.csv and hard_to_connect.csv. The steps and their parameters are the dock&apos;s.</source>
        <translation>Негизги ишти интерфейссиз буйрук сыяктуу аткарат: мектептердин тизмесин импорттоо, оператордун иш планын салыштыруу, була-оптикага чейинки геодезиялык аралык, туташтыруу кыйын мектептерди белгилөө, жалпы трассаларды жана артыкчылыктарды пландоо; андан кийин чыгуучу папкага жазат: schools.gpkg (мектептер, четке кагылган саптар, трассалар, салыштырылбаган план саптары), summary.json, planning_map.pdf жана .png барактары, долбоору менен field_package.gpkg, priority.csv жана hard_to_connect.csv. Кадамдар жана алардын параметрлери панелдегидей.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="62"/>
        <source>School list file</source>
        <translation>Мектептердин тизмесинин файлы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="64"/>
        <source>Country boundary</source>
        <translation>Өлкөнүн чек арасы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="66"/>
        <source>Regions (admin level 1), one map page each</source>
        <translation>Аймактар (1-административдик деңгээл), ар бирине картанын бир барагы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="69"/>
        <source>Elevation model (DEM)</source>
        <translation>Санариптик рельеф модели (СРМ)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="71"/>
        <source>Operator&apos;s work plan</source>
        <translation>Оператордун иш планы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="72"/>
        <source>Map title</source>
        <translation>Картанын аталышы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="74"/>
        <source>Column map (field=Column;field=Column)</source>
        <translation>Мамычаларды дал келтирүү (талаа=Мамыча;талаа=Мамыча)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="76"/>
        <source>Speed classes</source>
        <translation>Ылдамдык класстары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="79"/>
        <source>Output folder</source>
        <translation>Чыгуучу папка</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="80"/>
        <source>Rows in</source>
        <translation>Кирген саптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="81"/>
        <source>Schools loaded</source>
        <translation>Жүктөлгөн мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="82"/>
        <source>Summary (JSON)</source>
        <translation>Жыйынтык (JSON)</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="41"/>
        <source>1. Import</source>
        <translation>1. Импорттоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="42"/>
        <source>2. Analysis</source>
        <translation>2. Талдоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="43"/>
        <source>3. Planning</source>
        <translation>3. Пландоо</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="44"/>
        <source>4. Outputs</source>
        <translation>4. Натыйжалар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="59"/>
        <source>{path}: not a readable layer</source>
        <translation>{path}: катмар окулбайт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="60"/>
        <source>Fiber (lines or nodes)</source>
        <translation>Оптикалык була (линиялар же түйүндөр)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="61"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="62"/>
        <source>Proposed fiber routes</source>
        <translation>Сунушталган була трассалары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="63"/>
        <source>Colours</source>
        <translation>Түстөр</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="64"/>
        <source>Giga</source>
        <translation>Giga</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="65"/>
        <source>Colour-blind safe</source>
        <translation>Түс сокурлугу үчүн коопсуз</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityDock</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="334"/>
        <source>School Connectivity</source>
        <translation>School Connectivity</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="69"/>
        <source>Layers</source>
        <translation>Катмарлар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="87"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="91"/>
        <source>Progress over time</source>
        <translation>Убакыт боюнча жылыш</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="105"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="105"/>
        <source>User guide</source>
        <translation>Колдонуучунун колдонмосу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="225"/>
        <source>Choose a school layer first.</source>
        <translation>Адегенде мектептер катмарын тандаңыз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="221"/>
        <source>Not available in this version: {ids}</source>
        <translation>Бул версияда жок: {ids}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="248"/>
        <source>Cancelling…</source>
        <translation>Жокко чыгарылууда…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="263"/>
        <source>Stopped; nothing was written.</source>
        <translation>Токтотулду; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="293"/>
        <source>Done: {count} layers added.</source>
        <translation>Даяр: {count} катмар кошулду.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="269"/>
        <source>Maps written to {folder}</source>
        <translation>Карталар {folder} папкасына жазылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="172"/>
        <source>{layer}, updated at {time}</source>
        <translation>{layer}, {time} жаңыртылды</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="154"/>
        <source>Counting {count} schools…</source>
        <translation>{count} мектеп эсептелүүдө…</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityOptions</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="21"/>
        <source>Giga Maps colours</source>
        <translation>Giga Maps түстөрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="22"/>
        <source>Colour-blind safe (Okabe-Ito)</source>
        <translation>Түс сокурлугу үчүн коопсуз (Окабэ — Ито)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="27"/>
        <source>Connectivity classes</source>
        <translation>Туташуу класстары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="27"/>
        <source>Good from</source>
        <translation>Жакшы туташуунун төмөнкү чеги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="27"/>
        <source> Mbps</source>
        <translation> Мбит/с</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="27"/>
        <source>Bad below</source>
        <translation>Начар туташуунун жогорку чеги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="33"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="33"/>
        <source>Longest fiber link</source>
        <translation>Оптикалык буланын эң узун линиясы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="33"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="33"/>
        <source>Elevation above</source>
        <translation>Бийиктиги андан жогору</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="39"/>
        <source>Costs and budget</source>
        <translation>Чыгымдар жана бюджет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="39"/>
        <source>Fiber cost per km</source>
        <translation>Оптикалык буланын 1 км наркы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="39"/>
        <source> USD</source>
        <translation> АКШ доллары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="39"/>
        <source>Budget per phase</source>
        <translation>Этаптын бюджети</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="69"/>
        <source>Presets</source>
        <translation>Даяр жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="72"/>
        <source>Speed classes</source>
        <translation>Ылдамдык класстары</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="78"/>
        <source>Cost model</source>
        <translation>Чыгымдар модели</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="80"/>
        <source>Prioritise by</source>
        <translation>Артыкчылык критерийи</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="85"/>
        <source>Map colours</source>
        <translation>Картанын түстөрү</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="86"/>
        <source>Reload the school layer when its file changes on disk</source>
        <translation>Файлы дискте өзгөргөндө мектептер катмарын кайра жүктөө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="151"/>
        <source>School Connectivity</source>
        <translation>School Connectivity</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityPlugin</name>
    <message>
        <location filename="../school_connectivity_plugin/plugin.py" line="54"/>
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
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="49"/>
        <source>In the connection pipeline</source>
        <translation>Туташтыруу планында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="50"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="282"/>
        <source>Connectivity</source>
        <translation>Туташуу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="283"/>
        <source>Phases</source>
        <translation>Этаптар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="284"/>
        <source>Not phased</source>
        <translation>Этапсыз</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="285"/>
        <source>Phase {phase}</source>
        <translation>{phase}-этап</translation>
    </message>
</context>
<context>
    <name>SnapshotChart</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="99"/>
        <source>No snapshots yet. Record one to start following progress over time.</source>
        <translation>Азырынча абалдар жок. Убакыт боюнча жылышты көзөмөлдөө үчүн биринчисин жазыңыз.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="120"/>
        <source>Connected schools</source>
        <translation>Туташкан мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="115"/>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="116"/>
        <source>(no name)</source>
        <translation>(аталышы жок)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="129"/>
        <source>Schools in the pipeline (burn-down)</source>
        <translation>Туташтыруу планындагы мектептер (азаюу диаграммасы)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="133"/>
        <source>At this pace the pipeline is done by {date}</source>
        <translation>Ушул ылдамдыкта план {date} чейин аткарылат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="120"/>
        <source>Connected schools (%)</source>
        <translation>Туташкан мектептер (%)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="23"/>
        <source>By region</source>
        <translation>Облустар боюнча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="23"/>
        <source>By region and district</source>
        <translation>Облустар жана райондор боюнча</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="48"/>
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
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>Connected</source>
        <translation>Туташкан</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>In pipeline</source>
        <translation>Туташтыруу планында</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>Hard to connect</source>
        <translation>Туташтыруу кыйын</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>Students in unconnected schools</source>
        <translation>Туташпаган мектептердеги окуучулар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="45"/>
        <source>{count} ({pct} %)</source>
        <translation>{count} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="32"/>
        <source>Why hard to connect:</source>
        <translation>Эмне үчүн туташтыруу кыйын:</translation>
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
</TS>
