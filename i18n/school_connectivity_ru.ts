<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="112"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="111"/>
        <source>Fiber</source>
        <translation>Оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="115"/>
        <source>Proposed fiber routes</source>
        <translation>Предлагаемые трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="118"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="54"/>
        <source>Data sources: {files}. Made with the School Connectivity plugin for QGIS on {date}.</source>
        <translation>Источники данных: {files}. Создано модулем School Connectivity для QGIS {date}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="56"/>
        <source>School connectivity planning map</source>
        <translation>Карта планирования подключения школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="112"/>
        <source>Connected</source>
        <translation>Подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="64"/>
        <source>Not connected</source>
        <translation>Не подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="64"/>
        <source>In the pipeline</source>
        <translation>В плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="112"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
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
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="73"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="85"/>
        <source>Schools by internet connectivity, fiber network and regions · {date}</source>
        <translation>Школы по подключению к интернету, сеть оптоволокна и области · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="200"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="201"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="215"/>
        <source>{title} · region {n} of {total} · {date}</source>
        <translation>{title} · область {n} из {total} · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="223"/>
        <source>Schools to connect: not connected or hard to connect, by priority</source>
        <translation>Школы для подключения: неподключённые или труднодоступные, по приоритету</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Fiber km</source>
        <translation>Км оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Why hard to connect</source>
        <translation>Почему трудно подключить</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Technology</source>
        <translation>Технология</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="228"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="230"/>
        <source>No unconnected or hard-to-connect school in this region.</source>
        <translation>В этой области нет неподключённых или труднодоступных школ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="232"/>
        <source>{shown} of {total} schools listed, in priority order; the exported tables hold them all.</source>
        <translation>Показано {shown} из {total} школ в порядке приоритета; все они есть в экспортированных таблицах.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="256"/>
        <source>This region</source>
        <translation>Эта область</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="257"/>
        <source>Other regions</source>
        <translation>Другие области</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="92"/>
        <source>cannot write the file</source>
        <translation>не удаётся записать файл</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="93"/>
        <source>not enough memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="94"/>
        <source>printing failed</source>
        <translation>печать не удалась</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="95"/>
        <source>SVG layer export failed</source>
        <translation>Не удался экспорт слоёв в SVG</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="96"/>
        <source>the page sequence failed (cancelled?)</source>
        <translation>не удалась последовательность страниц (отменено?)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="97"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="98"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="112"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="111"/>
        <source>Fiber: {name}</source>
        <translation>Оптоволокно: {name}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="136"/>
        <source>Progress over time</source>
        <translation>Прогресс во времени</translation>
    </message>
</context>
<context>
    <name>AlgorithmChain</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/tasks.py" line="102"/>
        <source>Algorithm {id} is not available.</source>
        <translation>Алгоритм {id} недоступен.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/tasks.py" line="113"/>
        <source>Running {name}…</source>
        <translation>Выполняется: {name}…</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="20"/>
        <source>School ID</source>
        <translation>Код школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="21"/>
        <source>School name</source>
        <translation>Название школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="22"/>
        <source>Region (admin 1)</source>
        <translation>Область (админ. уровень 1)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="23"/>
        <source>District (admin 2)</source>
        <translation>Район (админ. уровень 2)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="24"/>
        <source>Number of students</source>
        <translation>Число учащихся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="25"/>
        <source>Urban / rural</source>
        <translation>Город / село</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="26"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="27"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="29"/>
        <source>Has internet (yes/no)</source>
        <translation>Есть интернет (да/нет)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="30"/>
        <source>Download speed</source>
        <translation>Скорость загрузки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="31"/>
        <source>Connection type</source>
        <translation>Тип подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="32"/>
        <source>Provider (ISP)</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="33"/>
        <source>Pipeline status</source>
        <translation>Статус в плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="28"/>
        <source>Latitude, longitude in one column</source>
        <translation>Широта и долгота в одном столбце</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="47"/>
        <source>Match the columns of the school list</source>
        <translation>Сопоставьте столбцы списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="50"/>
        <source>Choose the column that holds each item; latitude and longitude (or one column with both) are needed.</source>
        <translation>Выберите столбец для каждого поля; нужны широта и долгота (или один столбец с обеими).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="57"/>
        <source>(not in the list)</source>
        <translation>(нет в списке)</translation>
    </message>
</context>
<context>
    <name>Definitions</name>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="20"/>
        <source>Good connection</source>
        <translation>Хорошее подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="21"/>
        <source>Moderate connection</source>
        <translation>Среднее подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="22"/>
        <source>Bad connection</source>
        <translation>Плохое подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="23"/>
        <source>No connection</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="24"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="25"/>
        <source>Connected</source>
        <translation>Подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="26"/>
        <source>Not connected</source>
        <translation>Не подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="27"/>
        <source>Connectivity unknown</source>
        <translation>Подключение неизвестно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="28"/>
        <source>Not in the work plan</source>
        <translation>Нет в плане работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="29"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="30"/>
        <source>Contracted</source>
        <translation>По договору</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="32"/>
        <source>Connected by the plan</source>
        <translation>Подключена по плану</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="33"/>
        <source>no fiber found</source>
        <translation>оптоволокно не найдено</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="34"/>
        <source>far from fiber</source>
        <translation>далеко от оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="35"/>
        <source>high elevation</source>
        <translation>большая высота</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="36"/>
        <source>rugged path</source>
        <translation>сложный рельеф на трассе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="37"/>
        <source>outside boundary</source>
        <translation>за пределами границы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="38"/>
        <source>Fiber</source>
        <translation>Оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="39"/>
        <source>Microwave (P2P)</source>
        <translation>Радиорелейная связь (P2P)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="40"/>
        <source>Cellular</source>
        <translation>Сотовая связь</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="41"/>
        <source>Satellite</source>
        <translation>Спутниковая связь</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="42"/>
        <source>no coordinates</source>
        <translation>нет координат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="43"/>
        <source>coordinates that cannot be read</source>
        <translation>координаты не читаются</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="44"/>
        <source>coordinates 0, 0</source>
        <translation>координаты 0, 0</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="45"/>
        <source>coordinates out of range</source>
        <translation>координаты вне допустимых значений</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="46"/>
        <source>latitude and longitude swapped</source>
        <translation>широта и долгота перепутаны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="47"/>
        <source>just outside the boundary</source>
        <translation>чуть за границей</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="48"/>
        <source>outside the boundary</source>
        <translation>за границей</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="49"/>
        <source>duplicate school id</source>
        <translation>повторяющийся код школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="50"/>
        <source>duplicate nearby</source>
        <translation>дубликат поблизости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="51"/>
        <source>no school id</source>
        <translation>нет кода школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="52"/>
        <source>no school name</source>
        <translation>нет названия школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="53"/>
        <source>connectivity cannot be read</source>
        <translation>подключение не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="54"/>
        <source>connected, as a speed is given</source>
        <translation>подключена, так как указана скорость</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="55"/>
        <source>&apos;not connected&apos; with a speed</source>
        <translation>«не подключена», но указана скорость</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="56"/>
        <source>speed cannot be read</source>
        <translation>скорость не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="57"/>
        <source>speed unit doubtful</source>
        <translation>сомнительная единица скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="58"/>
        <source>implausible speed</source>
        <translation>неправдоподобная скорость</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="59"/>
        <source>students cannot be read</source>
        <translation>число учащихся не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="60"/>
        <source>implausible number of students</source>
        <translation>неправдоподобное число учащихся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="61"/>
        <source>area type cannot be read</source>
        <translation>тип местности не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="62"/>
        <source>line in another encoding</source>
        <translation>строка в другой кодировке</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="63"/>
        <source>unreadable characters</source>
        <translation>нечитаемые символы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="64"/>
        <source>wrong number of cells</source>
        <translation>неверное число ячеек</translation>
    </message>
</context>
<context>
    <name>DistanceToFiberAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="36"/>
        <source>Distance to fiber</source>
        <translation>Расстояние до оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="48"/>
        <source>For every school, the distance in metres to the nearest point of the nearest fiber line or node, measured on the WGS 84 ellipsoid (geodesic) whatever the layers&apos; CRS: not in degrees, not in a projection.

Fiber: one or more layers of lines and/or points (nodes), any CRS; multi-part, curved and Z/M geometries are accepted (Z/M ignored). Each line segment is the geodesic between its two vertices. Features without usable geometry are skipped and listed in the log.

Operational only: keeps fiber features whose &apos;status&apos; or &apos;node_status&apos; is &apos;operational&apos; (any case); layers without such a field are used whole, with a warning.

Maximum search distance: 0 means no limit. Schools with no fiber within a positive limit get an empty distance (they count as &apos;no fiber&apos; for the hard-to-connect flags).

Ties: when two features are equally near (within {tie} mm) the one in the first fiber layer listed wins, then the lowest feature id.

Outputs: the schools with fiber_distance_m, fiber_feature_id (feature id in its layer), fiber_layer (layer name), fiber_lon / fiber_lat (the nearest fiber point, EPSG:4326); and optionally the connection lines school -&gt; nearest fiber point.</source>
        <translation>Для каждой школы — расстояние в метрах до ближайшей точки ближайшей линии или узла оптоволокна, измеренное на эллипсоиде WGS 84 (геодезическое) при любой системе координат слоёв: не в градусах и не в проекции.

Оптоволокно: один или несколько слоёв линий и/или точек (узлов) в любой системе координат; допускаются составные, криволинейные и Z/M-геометрии (Z/M не учитываются). Каждый сегмент линии — геодезическая между двумя вершинами. Объекты без пригодной геометрии пропускаются и перечисляются в журнале.

Только действующее: сохраняет объекты оптоволокна, у которых «status» или «node_status» равно «operational» (регистр не важен); слои без такого поля используются целиком, с предупреждением.

Максимальное расстояние поиска: 0 — без ограничения. Школы без оптоволокна в пределах положительного ограничения получают пустое расстояние (для отметок о труднодоступности они считаются «без оптоволокна»).

Равенство: если два объекта одинаково близки (в пределах {tie} мм), выбирается объект из первого указанного слоя оптоволокна, затем с наименьшим кодом объекта.

Результаты: школы с полями fiber_distance_m, fiber_feature_id (код объекта в его слое), fiber_layer (название слоя), fiber_lon / fiber_lat (ближайшая точка оптоволокна, EPSG:4326); и по выбору линии подключения «школа → ближайшая точка оптоволокна».</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="67"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="70"/>
        <source>Only operational fiber (status field)</source>
        <translation>Только действующее оптоволокно (поле статуса)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="72"/>
        <source>Maximum search distance (m, 0 = no limit)</source>
        <translation>Максимальное расстояние поиска (м, 0 = без ограничения)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="75"/>
        <source>Schools with distance to fiber</source>
        <translation>Школы с расстоянием до оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="77"/>
        <source>Connection lines</source>
        <translation>Линии подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="80"/>
        <source>Schools measured</source>
        <translation>Измерено школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="81"/>
        <source>Schools without fiber in reach</source>
        <translation>Школы без оптоволокна в пределах досягаемости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="82"/>
        <source>Fiber segments used</source>
        <translation>Использовано сегментов оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="87"/>
        <source>Reading fiber</source>
        <translation>Чтение оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="91"/>
        <source>Reading schools</source>
        <translation>Чтение школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="96"/>
        <source>Measuring</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="103"/>
        <source>Writing</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="114"/>
        <source>{measured} schools measured, {without} without fiber in reach, {unlocated} without a location</source>
        <translation>Измерено школ: {measured}, без оптоволокна в пределах досягаемости: {without}, без местоположения: {unlocated}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="124"/>
        <source>{name}: fiber must be a vector layer (lines or points)</source>
        <translation>{name}: оптоволокно должно быть векторным слоем (линии или точки)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="130"/>
        <source>{count} fiber segments from {layers} layer(s)</source>
        <translation>Сегментов оптоволокна: {count} из слоёв: {layers}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="133"/>
        <source>{layer}: feature {fid} skipped: {problem}</source>
        <translation>{layer}: объект {fid} пропущен: {problem}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="136"/>
        <source>{layer}: {count} feature(s) skipped in all: {problem}</source>
        <translation>{layer}: всего пропущено объектов: {count}: {problem}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="139"/>
        <source>{layer}: no status field, all its features used</source>
        <translation>{layer}: нет поля статуса, используются все объекты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/distance_to_fiber.py" line="141"/>
        <source>No usable fiber: every school gets no distance (no_fiber).</source>
        <translation>Нет пригодного оптоволокна: ни одна школа не получает расстояния (no_fiber).</translation>
    </message>
</context>
<context>
    <name>ExportPlanningMapsAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="32"/>
        <source>Export planning maps</source>
        <translation>Экспорт карт для планирования</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="59"/>
        <source>Regions (admin level 1), one atlas page each</source>
        <translation>Области (админ. уровень 1), по странице атласа на каждую</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="60"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="60"/>
        <source>School connectivity planning map</source>
        <translation>Карта планирования подключения школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="62"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="63"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="63"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="63"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="66"/>
        <source>Resolution (dpi)</source>
        <translation>Разрешение (точек на дюйм)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="68"/>
        <source>National map template (.qpt)</source>
        <translation>Шаблон национальной карты (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="68"/>
        <source>Region page template (.qpt)</source>
        <translation>Шаблон страницы области (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="74"/>
        <source>Planning map (PDF)</source>
        <translation>Карта для планирования (PDF)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>National page (PNG)</source>
        <translation>Национальная карта (PNG)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="78"/>
        <source>National page (SVG)</source>
        <translation>Национальная карта (SVG)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="78"/>
        <source>SVG files (*.svg)</source>
        <translation>Файлы SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="81"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="91"/>
        <source>Reading {n} schools…</source>
        <translation>Чтение школ: {n}…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="96"/>
        <source>{layer}: no school has coordinates, nothing to map</source>
        <translation>{layer}: ни у одной школы нет координат, наносить на карту нечего</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="105"/>
        <source>Printing {n} pages…</source>
        <translation>Печать страниц: {n}…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="115"/>
        <source>Wrote {path}</source>
        <translation>Записан {path}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="49"/>
        <source>Prints the national planning map (schools by connectivity, hard-to-connect schools, fiber, regions, legend, statistics) and, when regions are given, one page per region with its statistics and the list of schools to connect. One multi-page PDF (national page first), a PNG per page (regions as &lt;name&gt;_&lt;region&gt;.png beside the national PNG) and an optional SVG of the national page. The layouts come from editable templates (.qpt): pass your own to restyle them. An optional progress chart (an image, such as the dock&apos;s chart of connected schools over time) is printed on the national page under the region table.</source>
        <translation>Печатает национальную карту для планирования (школы по подключению, труднодоступные школы, оптоволокно, области, легенда, статистика), а если заданы области — по странице на каждую область с её статистикой и списком школ для подключения. Один многостраничный PDF (сначала национальная карта), PNG для каждой страницы (области — как &lt;name&gt;_&lt;region&gt;.png рядом с национальным PNG) и по выбору SVG национальной карты. Макеты берутся из редактируемых шаблонов (.qpt): укажите свои, чтобы изменить оформление. Необязательный график прогресса (изображение, например график подключённых школ во времени из панели) печатается на национальной карте под таблицей областей.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="71"/>
        <source>Progress chart for the national page</source>
        <translation>График прогресса для национальной карты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="71"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="130"/>
        <source>{path}: progress chart not found</source>
        <translation>{path}: график прогресса не найден</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="132"/>
        <source>The national template has no room for the progress chart; left out.</source>
        <translation>В национальном шаблоне нет места для графика прогресса; он не добавлен.</translation>
    </message>
</context>
<context>
    <name>ExportTablesAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="25"/>
        <source>Export priority and hard-to-connect lists</source>
        <translation>Экспорт списков приоритетов и труднодоступных школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="34"/>
        <source>Writes the prioritised list (ranked schools in rank order; without ranks, the unconnected schools) and the hard-to-connect list with reasons. A .csv file is UTF-8 with a byte-order mark so Excel reads Cyrillic names; a .xlsx file is a spreadsheet. Text that starts with = + - @ gets a leading apostrophe so a spreadsheet never runs it as a formula.</source>
        <translation>Записывает список по приоритету (школы в порядке очереди; без очереди — неподключённые школы) и список труднодоступных школ с причинами. Файл .csv — в UTF-8 с меткой порядка байтов, чтобы Excel читал кириллические названия; файл .xlsx — электронная таблица. Перед текстом, начинающимся с = + - @, ставится апостроф, чтобы электронная таблица никогда не выполнила его как формулу.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="41"/>
        <source>Schools (analysed)</source>
        <translation>Школы (после анализа)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="43"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="44"/>
        <source>Prioritised list</source>
        <translation>Список по приоритету</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="46"/>
        <source>Hard-to-connect list</source>
        <translation>Список труднодоступных школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="48"/>
        <source>Rows in the prioritised list</source>
        <translation>Строк в списке по приоритету</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="49"/>
        <source>Rows in the hard-to-connect list</source>
        <translation>Строк в списке труднодоступных школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="55"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="55"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="71"/>
        <source>Wrote {n} rows to {path}</source>
        <translation>Записано строк: {n} в {path}</translation>
    </message>
</context>
<context>
    <name>FiberRoutesAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="39"/>
        <source>Shared fiber routes</source>
        <translation>Общие трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="56"/>
        <source>Plans fiber to every unconnected school within reach, sharing trenches between neighbours: the fiber network and the connected schools are the sources, and each unconnected school joins through the shortest links (a minimum spanning tree, as Giga&apos;s cost model and ITU&apos;s planning platform do). No link is longer than the maximum link length.

Without roads a link is the geodesic straight line times the detour factor. With a roads layer links follow the shortest road path; schools and fiber points are snapped to the nearest road vertex within the snap distance, and schools farther from any road are reported unreachable.

The nearest fiber point of each school is measured on the fiber layers when given, otherwise taken from the fields fiber_distance_m, fiber_lon and fiber_lat (Distance to fiber).

Outputs: the schools with route_length_m (the school&apos;s own link), route_cost_usd (its trench at the cost per km), upstream_type (fiber, connected_school, school, unreachable), upstream_id, route_order (build order from the network) and alone_length_m (its direct link to the network); and the route segments (from_id, to_id, length_m, cost_usd, order). The log gives the total length against every school connected alone: the saving of shared trenches.</source>
        <translation>Планирует оптоволокно до каждой неподключённой школы в пределах досягаемости с общими траншеями между соседями: источниками служат сеть оптоволокна и подключённые школы, а каждая неподключённая школа присоединяется кратчайшими линиями (минимальное остовное дерево, как в модели затрат Giga и на платформе планирования МСЭ). Ни одна линия не длиннее максимальной длины линии.

Без дорог линия — геодезическая прямая, умноженная на коэффициент извилистости. Со слоем дорог линии идут по кратчайшему пути по дорогам; школы и точки оптоволокна привязываются к ближайшей вершине дороги в пределах расстояния привязки, а школы дальше от любой дороги отмечаются как недоступные.

Ближайшая точка оптоволокна каждой школы измеряется по слоям оптоволокна, если они заданы, иначе берётся из полей fiber_distance_m, fiber_lon и fiber_lat («Расстояние до оптоволокна»).

Результаты: школы с полями route_length_m (собственная линия школы), route_cost_usd (её траншея по стоимости за км), upstream_type (fiber, connected_school, school, unreachable), upstream_id, route_order (порядок строительства от сети) и alone_length_m (её прямая линия до сети); и сегменты трасс (from_id, to_id, length_m, cost_usd, order). В журнале общая длина сравнивается с отдельным подключением каждой школы: экономия на общих траншеях.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="74"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="77"/>
        <source>Roads (optional)</source>
        <translation>Дороги (необязательно)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="79"/>
        <source>Road snap distance (m)</source>
        <translation>Расстояние привязки к дорогам (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="82"/>
        <source>Maximum link length (m)</source>
        <translation>Максимальная длина линии (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="85"/>
        <source>Detour factor on straight links</source>
        <translation>Коэффициент извилистости прямых линий</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="88"/>
        <source>Fiber cost per km (USD)</source>
        <translation>Стоимость оптоволокна за км (долл. США)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="91"/>
        <source>Also route schools with unknown connectivity</source>
        <translation>Прокладывать трассы и к школам с неизвестным подключением</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="93"/>
        <source>Schools with routes</source>
        <translation>Школы с трассами</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Fiber routes</source>
        <translation>Трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Schools routed</source>
        <translation>Школы с трассами</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Schools out of reach</source>
        <translation>Школы вне досягаемости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Shared route length (km)</source>
        <translation>Длина общих трасс (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Length if each school were connected alone (km)</source>
        <translation>Длина при отдельном подключении каждой школы (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="97"/>
        <source>Saving of shared trenches (USD)</source>
        <translation>Экономия на общих траншеях (долл. США)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="116"/>
        <source>Routing {count} schools</source>
        <translation>Построение трасс для школ: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="146"/>
        <source>Give the fiber layers, or schools with the fields {fields} (run Distance to fiber first); missing: {missing}</source>
        <translation>Укажите слои оптоволокна или школы с полями {fields} (сначала выполните «Расстояние до оптоволокна»); отсутствуют: {missing}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="181"/>
        <source>{routed} schools routed, {unreachable} out of reach; shared routes {route:.1f} km against {alone:.1f} km if each school were connected alone ({compared} schools compared): {saving:.1f} km, {usd:,.0f} USD saved</source>
        <translation>Трассы построены для школ: {routed}, вне досягаемости: {unreachable}; общие трассы — {route:.1f} км против {alone:.1f} км при отдельном подключении каждой школы (сравнено школ: {compared}): экономия {saving:.1f} км, {usd:,.0f} долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="189"/>
        <source>Out of reach, {reason}: {count}</source>
        <translation>Вне досягаемости, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="137"/>
        <source>{sources}: the fiber layers hold no usable line or node.</source>
        <translation>{sources}: в слоях оптоволокна нет пригодных линий или узлов.</translation>
    </message>
</context>
<context>
    <name>FlagHardToConnectAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="37"/>
        <source>Flag hard-to-connect schools</source>
        <translation>Отметить труднодоступные школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="61"/>
        <source>Schools with distance to fiber</source>
        <translation>Школы с расстоянием до оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="63"/>
        <source>Elevation model (DEM)</source>
        <translation>Цифровая модель рельефа (ЦМР)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="65"/>
        <source>Country boundary</source>
        <translation>Граница страны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="68"/>
        <source>Far from fiber beyond (m)</source>
        <translation>Далеко от оптоволокна, дальше чем (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="69"/>
        <source>High elevation above (m)</source>
        <translation>Большая высота, выше (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="70"/>
        <source>Rugged path: slope steeper than (degrees)</source>
        <translation>Сложный рельеф на трассе: уклон круче (градусов)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="76"/>
        <source>Schools with hard-to-connect flags</source>
        <translation>Школы с отметками о труднодоступности</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="78"/>
        <source>Hard-to-connect schools</source>
        <translation>Труднодоступные школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="84"/>
        <source>{layer}: no field {fields}; run &apos;Distance to fiber&apos; on the schools first</source>
        <translation>{layer}: нет поля {fields}; сначала выполните для школ «Расстояние до оптоволокна»</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="132"/>
        <source>Sampling terrain along the paths to fiber</source>
        <translation>Выборка рельефа вдоль путей до оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="150"/>
        <source>{code}: {field} &gt; {value} {unit}</source>
        <translation>{code}: {field} &gt; {value} {unit}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="152"/>
        <source>{count} hard-to-connect schools</source>
        <translation>Труднодоступных школ: {count}</translation>
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
        <translation>Отмечает школы, которые трудно подключить по оптоволокну, и указывает причину. Вход: результат алгоритма «Расстояние до оптоволокна» (поля fiber_distance_m, fiber_lon, fiber_lat).

Причины (hard_reasons, через «;»):
{rules}

При наличии ЦМР (в любой системе координат; в памяти перепроецируется в EPSG:4326) путь от школы до ближайшей точки оптоволокна проверяется каждые полпикселя с билинейной интерполяцией: elevation_m, path_max_slope_deg, path_relief_m (разница наивысшей и наинизшей точек), path_max_elevation_m и её местоположение. Без ЦМР или без границы правила, которым они нужны, не срабатывают. Очистите порог, чтобы отключить его правило. Любую отметку можно пересчитать по выходным полям.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/help.py" line="27"/>
        <source>School Connectivity – User guide</source>
        <translation>School Connectivity – Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>ImportPipelineAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="35"/>
        <source>Import the operator&apos;s work plan</source>
        <translation>Импорт плана работ оператора</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="75"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="77"/>
        <source>Work plan file</source>
        <translation>Файл плана работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="77"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*.*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*.*)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>…or a work plan table of the project</source>
        <translation>…или таблица плана работ из проекта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>School id column</source>
        <translation>Столбец кода школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>School name column</source>
        <translation>Столбец названия школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>Region column</source>
        <translation>Столбец области</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>District column</source>
        <translation>Столбец района</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>Status column</source>
        <translation>Столбец статуса</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="90"/>
        <source>Minimum name score (0-1)</source>
        <translation>Минимальная оценка совпадения названия (0–1)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="93"/>
        <source>Schools with pipeline status</source>
        <translation>Школы со статусом плана подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="95"/>
        <source>Plan rows to check</source>
        <translation>Строки плана для проверки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="97"/>
        <source>Plan rows</source>
        <translation>Строки плана</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="97"/>
        <source>Matched by id</source>
        <translation>Сопоставлено по коду</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="97"/>
        <source>Matched by name</source>
        <translation>Сопоставлено по названию</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="97"/>
        <source>Rows to check</source>
        <translation>Строки для проверки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="110"/>
        <source>{path}, row {row}: {detail}</source>
        <translation>{path}, строка {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="114"/>
        <source>Give a work plan file or a work plan table.</source>
        <translation>Укажите файл плана работ или таблицу плана работ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="128"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="128"/>
        <source>work plan</source>
        <translation>план работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="138"/>
        <source>The schools have no school_id field (import them first).</source>
        <translation>У школ нет поля school_id (сначала импортируйте их).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="166"/>
        <source>{rows} plan rows: {by_id} matched by id, {by_name} by name, {check} to check</source>
        <translation>Строк плана: {rows}; сопоставлено по коду: {by_id}, по названию: {by_name}, на проверку: {check}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="169"/>
        <source>To check, {reason}: {count}</source>
        <translation>Проверить, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="172"/>
        <source>Schools {status}: {count}</source>
        <translation>Школы со статусом {status}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="55"/>
        <source>Joins the operator's work plan (CSV/XLSX file or a table/layer: school id and/or name, region, district, status, dates) to the schools and sets pipeline_status: planned, contracted, in_progress or connected (English, Russian and Kyrgyz words are understood, e.g. запланировано, контракт, в работе, подключено).

A row is matched by school id first; otherwise by name within the same district (admin2), else the same region (admin1), else anywhere. Names are compared across Cyrillic and Latin spelling ('СОШ №2' = 'Secondary school No. 2'), generic words are ignored, the numbers and school types (gymnasium, lyceum, primary, basic) must be equal, and the score must reach the minimum score with no close runner-up.

Columns are found by their names (id, name, region, district, status in English, Russian, Kyrgyz); choose them to override.

Outputs: the schools with pipeline_status, pipeline_match_method (id, name), pipeline_match_score, pipeline_source_row and pipeline_date (as written in the plan); and every plan row that needs a look (no match, ambiguous name, duplicate of a better match, unknown status) with the plan's own columns. No row is dropped.</source>
        <translation>Присоединяет к школам план работ оператора (файл CSV/XLSX или таблица/слой: код и/или название школы, область, район, статус, даты) и заполняет pipeline_status: planned, contracted, in_progress или connected (понимаются английские, русские и кыргызские слова, например запланировано, контракт, в работе, подключено).

Строка сопоставляется сначала по коду школы; иначе по названию в том же районе (admin2), затем в той же области (admin1), затем где угодно. Названия сравниваются с учётом кириллического и латинского написания («СОШ №2» = «Secondary school No. 2»), общие слова не учитываются, номера и типы школ (гимназия, лицей, начальная, основная) должны совпадать, а оценка должна достичь минимальной без близкого второго кандидата.

Столбцы находятся по названиям (код, название, область, район, статус на английском, русском, кыргызском); выберите их, чтобы задать вручную.

Результаты: школы с полями pipeline_status, pipeline_match_method (id, name), pipeline_match_score и pipeline_source_row; и все строки плана, требующие проверки (нет совпадения, неоднозначное название, дубликат лучшего совпадения, неизвестный статус), с собственными столбцами плана. Ни одна строка не теряется.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="83"/>
        <source>Date column</source>
        <translation>Столбец даты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="131"/>
        <source>{name}: id ← {id}, name ← {school}, region ← {a1}, district ← {a2}, status ← {status}, date ← {date}</source>
        <translation>{name}: код ← {id}, название ← {school}, область ← {a1}, район ← {a2}, статус ← {status}, дата ← {date}</translation>
    </message>
</context>
<context>
    <name>ImportSchoolsAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="69"/>
        <source>Import school list</source>
        <translation>Импорт списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="127"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="104"/>
        <source>School list file</source>
        <translation>Файл списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="108"/>
        <source>…or a school layer of the project</source>
        <translation>…или слой школ из проекта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="111"/>
        <source>Country boundary</source>
        <translation>Граница страны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="113"/>
        <source>Boundary tolerance (km)</source>
        <translation>Допуск границы (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="116"/>
        <source>Speed classes</source>
        <translation>Классы скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="45"/>
        <source>Giga global (good &gt; 20 Mbps, bad &lt; 1 Mbps)</source>
        <translation>Giga, глобальный (хорошее &gt; 20 Мбит/с, плохое &lt; 1 Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="46"/>
        <source>Giga national (good ≥ 5 Mbps)</source>
        <translation>Giga, национальный (хорошее ≥ 5 Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="47"/>
        <source>User-defined (thresholds below)</source>
        <translation>Пользовательский (пороги ниже)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="119"/>
        <source>User-defined: good from (Mbps)</source>
        <translation>Пользовательский: хорошее от (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="122"/>
        <source>User-defined: bad below (Mbps)</source>
        <translation>Пользовательский: плохое ниже (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="125"/>
        <source>Column map (field=Column;field=Column)</source>
        <translation>Сопоставление столбцов (поле=Столбец;поле=Столбец)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="129"/>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="131"/>
        <source>Rows in</source>
        <translation>Строк на входе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="132"/>
        <source>Schools loaded</source>
        <translation>Загружено школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="133"/>
        <source>Rows rejected</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="140"/>
        <source>Give a school list file or a school layer.</source>
        <translation>Укажите файл списка школ или слой школ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="144"/>
        <source>Read {path}: encoding {encoding}, delimiter {delimiter}</source>
        <translation>Прочитан {path}: кодировка {encoding}, разделитель {delimiter}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="147"/>
        <source>Column {old} renamed to {new} (blank or repeated header)</source>
        <translation>Столбец {old} переименован в {new} (пустой или повторяющийся заголовок)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="180"/>
        <source>{field} ← {column}</source>
        <translation>{field} ← {column}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="237"/>
        <source>Rows lost: {loaded} + {rejected} != {rows}</source>
        <translation>Потеряны строки: {loaded} + {rejected} != {rows}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="239"/>
        <source>{rows} rows in: {loaded} schools loaded, {rejected} rejected</source>
        <translation>Строк на входе: {rows}; загружено школ: {loaded}, отклонено: {rejected}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="242"/>
        <source>Rejected, {reason}: {count}</source>
        <translation>Отклонено, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="244"/>
        <source>Flagged, {code}: {count}</source>
        <translation>Отмечено, {code}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="251"/>
        <source>Row {row}: {detail}</source>
        <translation>Строка {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="253"/>
        <source>… and {count} more row issues (see qa_flags)</source>
        <translation>… и ещё проблем в строках: {count} (см. qa_flags)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="87"/>
        <source>Reads a national school list (CSV/TSV/semicolon/pipe text in UTF-8, UTF-8 with BOM or CP1251; XLSX; GeoJSON, GeoPackage or Shapefile in any CRS; or a layer of the project) and writes the normalised school points in EPSG:4326.

Columns are recognised by Giga school-master names and English, Russian and Kyrgyz aliases; 'Column map' overrides them, e.g. latitude=Широта;download_speed=Скорость.

No row is lost: a row is rejected only when it cannot be placed (missing, unreadable, zero or out-of-range coordinates) and goes to the rejects table with its reason and its raw values. Every other doubt (swapped lat/lon, outside the boundary, duplicates, implausible speeds or student counts, unreadable values) is kept and listed in qa_flags.

source_row is the 1-based number of the data row in the file, header excluded (blank lines are not rows); for a spatial file or a layer it is the feature's position in the layer.

Reject reasons: {reasons}.
QA flags: {flags}.</source>
        <translation>Читает национальный список школ (текст CSV/TSV с запятой, точкой с запятой или вертикальной чертой в UTF-8, UTF-8 с BOM или CP1251; XLSX; GeoJSON, GeoPackage или Shapefile в любой системе координат; или слой проекта) и записывает нормализованные точки школ в EPSG:4326.

Столбцы распознаются по названиям Giga school-master и английским, русским и кыргызским синонимам; параметр «Сопоставление столбцов» задаёт их вручную, например latitude=Широта;download_speed=Скорость.

Ни одна строка не теряется: строка отклоняется, только если её нельзя нанести на карту (координаты отсутствуют, нечитаемы, нулевые или вне допустимого диапазона), и попадает в таблицу отклонённых строк с причиной и исходными значениями. Любое другое сомнение (перепутанные широта и долгота, за пределами границы, дубликаты, неправдоподобная скорость или число учащихся, нечитаемые значения) сохраняется и указывается в qa_flags.

source_row — номер строки данных в файле, начиная с 1, без заголовка (пустые строки не считаются); для пространственного файла или слоя — позиция объекта в слое.

Причины отклонения: {reasons}.
Отметки проверки качества (QA): {flags}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="228"/>
        <source>{name}: the boundary must be polygons</source>
        <translation>{name}: граница должна состоять из полигонов</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="174"/>
        <source>{name}: no column for {fields}; columns are: {columns}. Map them with the column map, e.g. latitude=Column;longitude=Column, or coordinates=Column for one column holding both</source>
        <translation>{name}: нет столбца для {fields}; есть столбцы: {columns}. Сопоставьте их в параметре «Сопоставление столбцов», например latitude=Столбец;longitude=Столбец или coordinates=Столбец, если обе координаты в одном столбце</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="104"/>
        <source>School lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp);;All files (*.*)</source>
        <translation>Списки школ (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp);;Все файлы (*.*)</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="28"/>
        <source>The normalised school layer (import a school list to create one)</source>
        <translation>Нормализованный слой школ (импортируйте список школ, чтобы его создать)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="29"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="32"/>
        <source>No fiber layer</source>
        <translation>Нет слоя оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="33"/>
        <source>Fiber lines and nodes, one or more layers</source>
        <translation>Линии и узлы оптоволокна, один или несколько слоёв</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="34"/>
        <source>Fiber</source>
        <translation>Оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="39"/>
        <source>Regions</source>
        <translation>Регионы</translation>
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
        <translation>Пакет для полевых работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="38"/>
        <source>Writes one GeoPackage holding the schools, fiber, routes, regions and the rejects table, each layer with its style stored as the default style (QField and QGIS open it styled), and a QGIS project (.qgz) beside it that refers to the GeoPackage by a relative path. No basemap is needed: the regions give context offline. Both files appear only when complete.</source>
        <translation>Записывает один GeoPackage со школами, оптоволокном, трассами, областями и таблицей отклонённых строк, у каждого слоя стиль сохранён как стиль по умолчанию (QField и QGIS открывают его с оформлением), а рядом — проект QGIS (.qgz), ссылающийся на GeoPackage по относительному пути. Подложка не нужна: области дают ориентиры без интернета. Оба файла появляются только полностью готовыми.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="60"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="66"/>
        <source>Proposed fiber routes</source>
        <translation>Предлагаемые трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="66"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="66"/>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="49"/>
        <source>Project title</source>
        <translation>Название проекта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="49"/>
        <source>School connectivity field package</source>
        <translation>Полевой пакет подключения школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="52"/>
        <source>Field package (GeoPackage)</source>
        <translation>Полевой пакет (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="52"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="54"/>
        <source>Project file (.qgz)</source>
        <translation>Файл проекта (.qgz)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="64"/>
        <source>Fiber</source>
        <translation>Оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="82"/>
        <source>Wrote {gpkg} and {project}</source>
        <translation>Записаны {gpkg} и {project}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="64"/>
        <source>Fiber: {name}</source>
        <translation>Оптоволокно: {name}</translation>
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
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="17"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="17"/>
        <source>Fiber km</source>
        <translation>Км оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="17"/>
        <source>USD</source>
        <translation>долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="32"/>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="41"/>
        <source>Prioritise by</source>
        <translation>Критерий приоритета</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="47"/>
        <source> USD</source>
        <translation> долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="49"/>
        <source>Budget per phase</source>
        <translation>Бюджет этапа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="57"/>
        <source>Totals of the last Prioritise run; phase 0 holds schools no phase could afford.</source>
        <translation>Итоги последнего расчёта приоритетов; этап 0 — школы, на которые не хватило бюджета ни одного этапа.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="94"/>
        <source>Not phased</source>
        <translation>Без этапа</translation>
    </message>
</context>
<context>
    <name>PrioritizeAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="42"/>
        <source>Prioritise the pipeline</source>
        <translation>Приоритеты плана подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="63"/>
        <source>Giga cost model (8,900 USD/km fiber, 5 years)</source>
        <translation>Модель затрат Giga (8 900 долл. США/км оптоволокна, 5 лет)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="64"/>
        <source>Giga cost model documentation example (7,500 USD/km)</source>
        <translation>Пример из документации модели затрат Giga (7 500 долл. США/км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="65"/>
        <source>ITU planning platform (20,000 USD/km fiber, 10 years)</source>
        <translation>Платформа планирования МСЭ (20 000 долл. США/км оптоволокна, 10 лет)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="68"/>
        <source>Most students per dollar</source>
        <translation>Больше всего учащихся на доллар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="68"/>
        <source>Most schools per dollar</source>
        <translation>Больше всего школ на доллар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="69"/>
        <source>Lowest total cost to connect all</source>
        <translation>Минимальная общая стоимость подключения всех</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="72"/>
        <source>For every school still to connect (connectivity &apos;no&apos;, optionally &apos;unknown&apos;, and not connected by the pipeline): the cheapest feasible technology over the cost horizon, its CAPEX and yearly OPEX, a priority score, a rank and a budget phase.

Feasibility: fiber when the school has a route within the maximum link (Shared fiber routes; without route fields, its own distance to fiber x detour factor); point-to-point microwave when the DEM shows line of sight (earth curvature with k = 4/3, antennas of the preset) to a fiber node within range; cellular within range of a tower point, or inside a coverage polygon; LEO satellite always. Fiber through a school that took another technology also pays that school&apos;s trench.

Score, per 1,000 USD of the school&apos;s total cost (CAPEX + OPEX over the horizon): most students per dollar = students_used x priority_weight / cost; most schools per dollar = priority_weight / cost; lowest total cost = 1 / cost (weights do not apply). students_used is the enrolment, or the median enrolment where it is unknown. priority_weight = rural weight for rural schools x hard-to-connect weight for flagged schools.

Rank: by score, a school on fiber never before the school its fiber passes through. Phases are filled in rank order and never exceed the budget per phase; a school costing more than one phase&apos;s budget gets phase 0 (phase_note exceeds_phase_budget).

Cost overrides: JSON changing any number of the preset, e.g. {&quot;horizon_years&quot;: 10, &quot;fiber&quot;: {&quot;per_km_usd&quot;: 12000}}. Sources of the presets: docs/cost_model.md.</source>
        <translation>Для каждой ещё не подключённой школы (connectivity «no», по выбору «unknown», и не подключённой по плану): самая дешёвая осуществимая технология за расчётный период, её капитальные затраты (CAPEX) и ежегодные эксплуатационные расходы (OPEX), балл приоритета, место в очереди и этап бюджета.

Осуществимость: оптоволокно — если у школы есть трасса в пределах максимальной длины линии («Общие трассы оптоволокна»; без полей трасс — собственное расстояние до оптоволокна × коэффициент извилистости); радиорелейная связь — если ЦМР показывает прямую видимость (кривизна Земли с k = 4/3, высоты антенн из набора параметров) до узла оптоволокна в пределах дальности; сотовая связь — в пределах дальности от точки вышки или внутри полигона покрытия; низкоорбитальный спутник — всегда. Оптоволокно, проходящее через школу, выбравшую другую технологию, оплачивает и траншею этой школы.

Балл на 1 000 долл. США общей стоимости школы (CAPEX + OPEX за период): больше всего учащихся на доллар = students_used × priority_weight / стоимость; больше всего школ на доллар = priority_weight / стоимость; минимальная общая стоимость = 1 / стоимость (веса не применяются). students_used — число учащихся, а если оно неизвестно — медианное число учащихся. priority_weight = вес сельских школ для сельских школ × вес труднодоступных школ для отмеченных школ.

Очередь: по баллу, причём школа на оптоволокне никогда не стоит раньше школы, через которую проходит её оптоволокно. Этапы заполняются в порядке очереди и никогда не превышают бюджет этапа; школа дороже бюджета одного этапа получает этап 0 (phase_note exceeds_phase_budget).

Изменения затрат: JSON, меняющий любые числа набора параметров, например {&quot;horizon_years&quot;: 10, &quot;fiber&quot;: {&quot;per_km_usd&quot;: 12000}}. Источники наборов параметров: docs/cost_model.md.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="96"/>
        <source>Schools (with route fields when available)</source>
        <translation>Школы (с полями трасс, если есть)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="98"/>
        <source>Fiber nodes for point-to-point links</source>
        <translation>Узлы оптоволокна для радиорелейных линий</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="101"/>
        <source>Elevation model (line of sight)</source>
        <translation>Цифровая модель рельефа (прямая видимость)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="103"/>
        <source>Cell towers (points) or coverage (polygons)</source>
        <translation>Вышки сотовой связи (точки) или зоны покрытия (полигоны)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="106"/>
        <source>Cost model</source>
        <translation>Модель затрат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="108"/>
        <source>Cost overrides (JSON)</source>
        <translation>Изменения затрат (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="110"/>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="112"/>
        <source>Budget per phase (USD)</source>
        <translation>Бюджет этапа (долл. США)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="115"/>
        <source>Weight of rural schools</source>
        <translation>Вес сельских школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="118"/>
        <source>Weight of hard-to-connect schools</source>
        <translation>Вес труднодоступных школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="121"/>
        <source>Also plan schools with unknown connectivity</source>
        <translation>Планировать и школы с неизвестным подключением</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="123"/>
        <source>Prioritised schools</source>
        <translation>Школы по приоритету</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="125"/>
        <source>Totals per phase</source>
        <translation>Итоги по этапам</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>Schools to connect</source>
        <translation>Школы для подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>Schools in a phase</source>
        <translation>Школы в этапах</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>Total cost of the phased schools (USD)</source>
        <translation>Общая стоимость школ в этапах (долл. США)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="144"/>
        <source>Cost overrides: {error}</source>
        <translation>Изменения затрат: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="154"/>
        <source>No route fields (run Shared fiber routes first): each school&apos;s fiber is costed alone, its distance to fiber x detour factor.</source>
        <translation>Нет полей трасс (сначала выполните «Общие трассы оптоволокна»): оптоволокно каждой школы оценивается отдельно — расстояние до оптоволокна × коэффициент извилистости.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="186"/>
        <source>Fiber nodes given without an elevation model: point-to-point links are not assessed.</source>
        <translation>Узлы оптоволокна заданы без модели рельефа: радиорелейные линии не оцениваются.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="200"/>
        <source>Line of sight for {count} schools</source>
        <translation>Прямая видимость для {count} школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="207"/>
        <source>{found} of {count} schools see a fiber node within {km:.0f} km</source>
        <translation>{found} из {count} школ видят узел оптоволокна в пределах {km:.0f} км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="224"/>
        <source>{count} schools to connect have cellular coverage</source>
        <translation>Школ для подключения в зоне сотовой связи: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="237"/>
        <source>Cost model: {name} ({source})</source>
        <translation>Модель затрат: {name} ({source})</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="239"/>
        <source>Recommended {technology}: {count} schools</source>
        <translation>Рекомендовано {technology}: школ — {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="242"/>
        <source>Phase {phase}</source>
        <translation>Этап {phase}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="242"/>
        <source>No phase</source>
        <translation>Без этапа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="243"/>
        <source>{label}: {schools} schools, {students:,.0f} students, {km:,.1f} km fiber, {usd:,.0f} USD</source>
        <translation>{label}: школ — {schools}, учащихся — {students:,.0f}, оптоволокна — {km:,.1f} км, {usd:,.0f} долл. США</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="29"/>
        <source>Store in</source>
        <translation>Хранить в</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="34"/>
        <source>GeoPackage (*.gpkg);;SQLite database (*.sqlite *.db)</source>
        <translation>GeoPackage (*.gpkg);;База данных SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="35"/>
        <source>The table connectivity_snapshots is added to this GeoPackage</source>
        <translation>Таблица connectivity_snapshots добавляется в этот GeoPackage</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="39"/>
        <source>Record snapshot</source>
        <translation>Записать снимок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="41"/>
        <source>Store today&apos;s statistics, national and per region</source>
        <translation>Сохранить сегодняшнюю статистику по стране и по каждой области</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="42"/>
        <source>Export chart…</source>
        <translation>Экспорт графика…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="81"/>
        <source>Choose where to store snapshots first.</source>
        <translation>Сначала выберите, где хранить снимки.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="86"/>
        <source>Cannot write snapshots to {path}: {error}</source>
        <translation>Не удаётся записать снимки в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="96"/>
        <source>Cannot read snapshots from {path}: {error}</source>
        <translation>Не удаётся прочитать снимки из {path}: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="105"/>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="105"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="107"/>
        <source>Cannot write {path}.</source>
        <translation>Не удаётся записать {path}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="46"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="47"/>
        <source>Share (%)</source>
        <translation>Доля (%)</translation>
    </message>
</context>
<context>
    <name>RecountTask</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/recount.py" line="31"/>
        <source>Counting schools</source>
        <translation>Подсчёт школ</translation>
    </message>
</context>
<context>
    <name>RunAllAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="37"/>
        <source>Run the whole job</source>
        <translation>Выполнить всю работу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="54"/>
        <source>Runs the main job as the headless command does: import the school list, match the operator&apos;s work plan, measure geodesic distance to fiber, flag hard-to-connect schools, plan shared fiber routes and priorities, then write into the output folder: schools.gpkg (schools, rejected rows, routes, unmatched plan rows), summary.json, planning_map.pdf and .png pages, field_package.gpkg with its project, priority.csv and hard_to_connect.csv. The steps and their parameters are the dock&apos;s.</source>
        <translation>Выполняет основную работу так же, как команда без интерфейса: импорт списка школ, сопоставление плана работ оператора, геодезическое расстояние до оптоволокна, отметка труднодоступных школ, планирование общих трасс и приоритетов; затем записывает в выходную папку: schools.gpkg (школы, отклонённые строки, трассы, несопоставленные строки плана), summary.json, страницы planning_map.pdf и .png, field_package.gpkg с проектом, priority.csv и hard_to_connect.csv. Шаги и их параметры те же, что в панели.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="62"/>
        <source>School list file</source>
        <translation>Файл списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="64"/>
        <source>Country boundary</source>
        <translation>Граница страны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="66"/>
        <source>Regions (admin level 1), one map page each</source>
        <translation>Регионы (1-й административный уровень), по странице карты на каждый</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="69"/>
        <source>Elevation model (DEM)</source>
        <translation>Цифровая модель рельефа (ЦМР)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="71"/>
        <source>Operator&apos;s work plan</source>
        <translation>План работ оператора</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="72"/>
        <source>Map title</source>
        <translation>Заголовок карты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="74"/>
        <source>Column map (field=Column;field=Column)</source>
        <translation>Сопоставление столбцов (поле=Столбец;поле=Столбец)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="76"/>
        <source>Speed classes</source>
        <translation>Классы скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="79"/>
        <source>Output folder</source>
        <translation>Выходная папка</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="80"/>
        <source>Rows in</source>
        <translation>Строк на входе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="81"/>
        <source>Schools loaded</source>
        <translation>Загружено школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="82"/>
        <source>Summary (JSON)</source>
        <translation>Сводка (JSON)</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="41"/>
        <source>1. Import</source>
        <translation>1. Импорт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="42"/>
        <source>2. Analysis</source>
        <translation>2. Анализ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="43"/>
        <source>3. Planning</source>
        <translation>3. Планирование</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="44"/>
        <source>4. Outputs</source>
        <translation>4. Результаты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="59"/>
        <source>{path}: not a readable layer</source>
        <translation>{path}: слой не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="60"/>
        <source>Fiber (lines or nodes)</source>
        <translation>Оптоволокно (линии или узлы)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="61"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="62"/>
        <source>Proposed fiber routes</source>
        <translation>Предлагаемые трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="63"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="64"/>
        <source>Giga</source>
        <translation>Giga</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="65"/>
        <source>Colour-blind safe</source>
        <translation>Безопасные для дальтоников</translation>
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
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="87"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="91"/>
        <source>Progress over time</source>
        <translation>Прогресс во времени</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="105"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="105"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="225"/>
        <source>Choose a school layer first.</source>
        <translation>Сначала выберите слой школ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="221"/>
        <source>Not available in this version: {ids}</source>
        <translation>Недоступно в этой версии: {ids}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="248"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="263"/>
        <source>Stopped; nothing was written.</source>
        <translation>Остановлено; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="293"/>
        <source>Done: {count} layers added.</source>
        <translation>Готово: добавлено слоёв — {count}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="269"/>
        <source>Maps written to {folder}</source>
        <translation>Карты сохранены в {folder}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="172"/>
        <source>{layer}, updated at {time}</source>
        <translation>{layer}, обновлено в {time}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="154"/>
        <source>Counting {count} schools…</source>
        <translation>Подсчёт школ: {count}…</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityOptions</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="21"/>
        <source>Giga Maps colours</source>
        <translation>Цвета Giga Maps</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="22"/>
        <source>Colour-blind safe (Okabe-Ito)</source>
        <translation>Безопасные для дальтоников (Окабэ — Ито)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="27"/>
        <source>Connectivity classes</source>
        <translation>Классы подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="27"/>
        <source>Good from</source>
        <translation>Хорошее — от</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="27"/>
        <source> Mbps</source>
        <translation> Мбит/с</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="27"/>
        <source>Bad below</source>
        <translation>Плохое — ниже</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="33"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="33"/>
        <source>Longest fiber link</source>
        <translation>Самая длинная линия оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="33"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="33"/>
        <source>Elevation above</source>
        <translation>Высота более</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="39"/>
        <source>Costs and budget</source>
        <translation>Затраты и бюджет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="39"/>
        <source>Fiber cost per km</source>
        <translation>Стоимость оптоволокна за км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="39"/>
        <source> USD</source>
        <translation> долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="39"/>
        <source>Budget per phase</source>
        <translation>Бюджет этапа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="69"/>
        <source>Presets</source>
        <translation>Наборы параметров</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="72"/>
        <source>Speed classes</source>
        <translation>Классы скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="78"/>
        <source>Cost model</source>
        <translation>Модель затрат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="80"/>
        <source>Prioritise by</source>
        <translation>Критерий приоритета</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="85"/>
        <source>Map colours</source>
        <translation>Цвета карты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="86"/>
        <source>Reload the school layer when its file changes on disk</source>
        <translation>Перезагружать слой школ, когда его файл меняется на диске</translation>
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
        <translation>В плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="50"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="282"/>
        <source>Connectivity</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="283"/>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="284"/>
        <source>Not phased</source>
        <translation>Без этапа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="285"/>
        <source>Phase {phase}</source>
        <translation>Этап {phase}</translation>
    </message>
</context>
<context>
    <name>SnapshotChart</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="99"/>
        <source>No snapshots yet. Record one to start following progress over time.</source>
        <translation>Снимков пока нет. Запишите первый, чтобы следить за прогрессом во времени.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="120"/>
        <source>Connected schools</source>
        <translation>Подключённые школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="115"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="116"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="129"/>
        <source>Schools in the pipeline (burn-down)</source>
        <translation>Школы в плане подключения (диаграмма сгорания)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="133"/>
        <source>At this pace the pipeline is done by {date}</source>
        <translation>При нынешнем темпе план будет выполнен к {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="120"/>
        <source>Connected schools (%)</source>
        <translation>Подключённые школы (%)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="23"/>
        <source>By region</source>
        <translation>По областям</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="23"/>
        <source>By region and district</source>
        <translation>По областям и районам</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="48"/>
        <source>Selected schools only</source>
        <translation>Только выбранные школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="56"/>
        <source>Filter by name</source>
        <translation>Фильтр по названию</translation>
    </message>
</context>
<context>
    <name>StatsSummary</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>Connected</source>
        <translation>Подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>In pipeline</source>
        <translation>В плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="22"/>
        <source>Students in unconnected schools</source>
        <translation>Учащиеся в неподключённых школах</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="45"/>
        <source>{count} ({pct} %)</source>
        <translation>{count} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="32"/>
        <source>Why hard to connect:</source>
        <translation>Почему трудно подключить:</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Connected</source>
        <translation>Подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Connected %</source>
        <translation>Подключено, %</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Not connected</source>
        <translation>Не подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>In pipeline</source>
        <translation>В плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="46"/>
        <source>Students unconnected</source>
        <translation>Учащиеся без подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/stats_table.py" line="105"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="23"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="24"/>
        <source>Analyse</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="26"/>
        <source>Prioritise</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="27"/>
        <source>Export maps</source>
        <translation>Экспорт карт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="32"/>
        <source>Import a school list</source>
        <translation>Импорт списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="33"/>
        <source>Import the operator&apos;s work plan</source>
        <translation>Импорт плана работ оператора</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="68"/>
        <source>School list…</source>
        <translation>Список школ…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="69"/>
        <source>Operator's work plan…</source>
        <translation>План работ оператора…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="75"/>
        <source>Choose a school layer to begin.</source>
        <translation>Для начала выберите слой школ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/steps_panel.py" line="82"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
