<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="116"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="79"/>
        <source>Fiber</source>
        <translation>Оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="139"/>
        <source>Proposed fiber routes</source>
        <translation>Предлагаемые трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="153"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="59"/>
        <source>School connectivity planning map</source>
        <translation>Карта планирования подключения школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="116"/>
        <source>Connected</source>
        <translation>Подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="67"/>
        <source>Not connected</source>
        <translation>Не подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="67"/>
        <source>In the pipeline</source>
        <translation>В плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="116"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
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
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="76"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="88"/>
        <source>Schools by internet connectivity, fiber network and regions · {date}</source>
        <translation>Школы по подключению к интернету, сеть оптоволокна и области · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="204"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="205"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="218"/>
        <source>{title} · region {n} of {total} · {date}</source>
        <translation>{title} · область {n} из {total} · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="227"/>
        <source>Schools to connect: not connected or hard to connect, by priority</source>
        <translation>Школы для подключения: неподключённые или труднодоступные, по приоритету</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>Fiber km</source>
        <translation>Км оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>Why hard to connect</source>
        <translation>Почему трудно подключить</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="231"/>
        <source>Technology</source>
        <translation>Технология</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="232"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="234"/>
        <source>No unconnected or hard-to-connect school in this region.</source>
        <translation>В этой области нет неподключённых или труднодоступных школ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="236"/>
        <source>{shown} of {total} schools listed, in priority order; the exported tables hold them all.</source>
        <translation>Показано {shown} из {total} школ в порядке приоритета; все они есть в экспортированных таблицах.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="279"/>
        <source>This region</source>
        <translation>Эта область</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="280"/>
        <source>Other regions</source>
        <translation>Другие области</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="123"/>
        <source>cannot write the file</source>
        <translation>не удаётся записать файл</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="124"/>
        <source>not enough memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="125"/>
        <source>printing failed</source>
        <translation>печать не удалась</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="126"/>
        <source>SVG layer export failed</source>
        <translation>Не удался экспорт слоёв в SVG</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="127"/>
        <source>the page sequence failed (cancelled?)</source>
        <translation>не удалась последовательность страниц (отменено?)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="128"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/page_export.py" line="129"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="116"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="79"/>
        <source>Fiber: {name}</source>
        <translation>Оптоволокно: {name}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="140"/>
        <source>Progress over time</source>
        <translation>Прогресс во времени</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="171"/>
        <source>Schools by technology</source>
        <translation>Школы по технологии</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="45"/>
        <source>Construction plan</source>
        <translation>План строительства</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="46"/>
        <source>{title} · fiber routes by construction phase · {date}</source>
        <translation>{title} · трассы оптоволокна по этапам строительства · {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="57"/>
        <source>Construction phases</source>
        <translation>Этапы строительства</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="108"/>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="61"/>
        <source>New fiber, km</source>
        <translation>Новое оптоволокно, км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="107"/>
        <source>CAPEX, USD</source>
        <translation>Капзатраты, долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="62"/>
        <source>OPEX, USD a year</source>
        <translation>Опер. расходы, долл. США в год</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="62"/>
        <source>Cumulative CAPEX, USD</source>
        <translation>Капзатраты нарастающим итогом, долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="64"/>
        <source>No phase</source>
        <translation>Без этапа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="68"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="100"/>
        <source>Clusters, in build order</source>
        <translation>Кластеры в порядке строительства</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="107"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="107"/>
        <source>Fiber point</source>
        <translation>Точка оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="107"/>
        <source>Fiber, km</source>
        <translation>Оптоволокно, км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="108"/>
        <source>USD per student</source>
        <translation>Долл. США на ученика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="108"/>
        <source>Work plan</source>
        <translation>План работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="114"/>
        <source>No school is planned on fiber.</source>
        <translation>Ни одна школа не планируется на оптоволокне.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/plan_page.py" line="116"/>
        <source>{shown} of {total} clusters on fiber listed, in build order; clusters.csv holds them all.</source>
        <translation>Показано {shown} из {total} кластеров на оптоволокне в порядке строительства; все они в clusters.csv.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="143"/>
        <source>Fiber routes by construction phase</source>
        <translation>Трассы оптоволокна по этапам строительства</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="62"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="74"/>
        <source>Results: &lt;a href=&quot;open&quot;&gt;{folder}&lt;/a&gt;</source>
        <translation>Результаты: &lt;a href=&quot;open&quot;&gt;{folder}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="75"/>
        <source>Click to open the folder</source>
        <translation>Нажмите, чтобы открыть папку</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="83"/>
        <source>Folder for the results</source>
        <translation>Папка для результатов</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="89"/>
        <source>Temporary folder</source>
        <translation>Временная папка</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="89"/>
        <source>{folder} is a temporary folder: results written there are lost when QGIS closes or the computer restarts. Use it anyway?</source>
        <translation>{folder} — временная папка: записанные туда результаты пропадут при закрытии QGIS или перезапуске компьютера. Всё равно использовать её?</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="84"/>
        <source>school list</source>
        <translation>список школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="85"/>
        <source>fiber: {title}</source>
        <translation>оптоволокно: {title}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="86"/>
        <source>regions: {title}</source>
        <translation>регионы: {title}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="87"/>
        <source>routes planned by the plugin</source>
        <translation>трассы, спланированные модулем</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="56"/>
        <source>Data sources: {sources}.</source>
        <translation>Источники данных: {sources}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_pages.py" line="57"/>
        <source>{sources} Made with the School Connectivity plugin for QGIS on {date}.</source>
        <translation>{sources} Создано модулем School Connectivity для QGIS {date}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/planning_data.py" line="132"/>
        <source>{layer}: no fiber line or node to draw; left off the map</source>
        <translation>{layer}: нет линий или узлов оптоволокна для отображения; слой не показан на карте</translation>
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
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="21"/>
        <source>School ID</source>
        <translation>Код школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="22"/>
        <source>School name</source>
        <translation>Название школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="23"/>
        <source>Region (admin 1)</source>
        <translation>Область (админ. уровень 1)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="24"/>
        <source>District (admin 2)</source>
        <translation>Район (админ. уровень 2)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="25"/>
        <source>Number of students</source>
        <translation>Число учащихся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="26"/>
        <source>Urban / rural</source>
        <translation>Город / село</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="27"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="28"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="30"/>
        <source>Has internet (yes/no)</source>
        <translation>Есть интернет (да/нет)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="31"/>
        <source>Download speed</source>
        <translation>Скорость загрузки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="32"/>
        <source>Connection type</source>
        <translation>Тип подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="33"/>
        <source>Provider (ISP)</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="34"/>
        <source>Pipeline status</source>
        <translation>Статус в плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="29"/>
        <source>Latitude, longitude in one column</source>
        <translation>Широта и долгота в одном столбце</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="58"/>
        <source>Match the columns of the school list</source>
        <translation>Сопоставьте столбцы списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="61"/>
        <source>Choose the column that holds each item; latitude and longitude (or one column with both) are needed.</source>
        <translation>Выберите столбец для каждого поля; нужны широта и долгота (или один столбец с обеими).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/column_mapping_dialog.py" line="68"/>
        <source>(not in the list)</source>
        <translation>(нет в списке)</translation>
    </message>
</context>
<context>
    <name>Definitions</name>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Good connection</source>
        <translation>Хорошее подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Moderate connection</source>
        <translation>Среднее подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Bad connection</source>
        <translation>Плохое подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>No connection</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Connected</source>
        <translation>Подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Not connected</source>
        <translation>Не подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Connectivity unknown</source>
        <translation>Подключение неизвестно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Not in the work plan</source>
        <translation>Нет в плане работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Contracted</source>
        <translation>По договору</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Connected by the plan</source>
        <translation>Подключена по плану</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no fiber found</source>
        <translation>оптоволокно не найдено</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>far from fiber</source>
        <translation>далеко от оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>high elevation</source>
        <translation>большая высота</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>rugged path</source>
        <translation>сложный рельеф на трассе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>outside boundary</source>
        <translation>за пределами границы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Fiber</source>
        <translation>Оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Microwave (P2P)</source>
        <translation>Радиорелейная связь (P2P)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Cellular</source>
        <translation>Сотовая связь</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Satellite</source>
        <translation>Спутниковая связь</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no coordinates</source>
        <translation>нет координат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>coordinates that cannot be read</source>
        <translation>координаты не читаются</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>coordinates 0, 0</source>
        <translation>координаты 0, 0</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>coordinates out of range</source>
        <translation>координаты вне допустимых значений</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>latitude and longitude swapped</source>
        <translation>широта и долгота перепутаны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>just outside the boundary</source>
        <translation>чуть за границей</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>outside the boundary</source>
        <translation>за границей</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>duplicate school id</source>
        <translation>повторяющийся код школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>duplicate nearby</source>
        <translation>дубликат поблизости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no school id</source>
        <translation>нет кода школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no school name</source>
        <translation>нет названия школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>connectivity cannot be read</source>
        <translation>подключение не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>connected, as a speed is given</source>
        <translation>подключена, так как указана скорость</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>&apos;not connected&apos; with a speed</source>
        <translation>«не подключена», но указана скорость</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>speed cannot be read</source>
        <translation>скорость не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>speed unit doubtful</source>
        <translation>сомнительная единица скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>implausible speed</source>
        <translation>неправдоподобная скорость</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>students cannot be read</source>
        <translation>число учащихся не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>implausible number of students</source>
        <translation>неправдоподобное число учащихся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>area type cannot be read</source>
        <translation>тип местности не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>line in another encoding</source>
        <translation>строка в другой кодировке</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>unreadable characters</source>
        <translation>нечитаемые символы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>wrong number of cells</source>
        <translation>неверное число ячеек</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Operator&apos;s plan</source>
        <translation>План оператора</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Least cost</source>
        <translation>Наименьшая стоимость</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>costs more than a phase&apos;s budget</source>
        <translation>стоит больше бюджета этапа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>its upstream link is in no phase</source>
        <translation>линия выше по трассе не вошла ни в один этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>no feasible technology</source>
        <translation>нет осуществимой технологии</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Speed unknown</source>
        <translation>Скорость неизвестна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Copper (DSL)</source>
        <translation>Медь (DSL)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Grid</source>
        <translation>Электросеть</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>Solar</source>
        <translation>Солнечные панели</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>No power</source>
        <translation>Нет электричества</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>surveys disagree</source>
        <translation>обследования расходятся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>deleted in the field (kept)</source>
        <translation>удалена в поле (сохранена)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>moved in the field (not applied)</source>
        <translation>перемещена в поле (не применено)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>added in the field (candidate)</source>
        <translation>добавлена в поле (кандидат)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>not in the school list</source>
        <translation>нет в списке школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>twice in one package</source>
        <translation>дважды в одном пакете</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>survey without a date</source>
        <translation>обследование без даты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>older than the school list&apos;s survey</source>
        <translation>старше обследования в списке школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>value not understood</source>
        <translation>значение не распознано</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>downloaded</source>
        <translation>загружено</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>source unavailable, last good copy</source>
        <translation>источник недоступен, последняя исправная копия</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/labels.py" line="31"/>
        <source>source unavailable, no copy</source>
        <translation>источник недоступен, копии нет</translation>
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
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="35"/>
        <source>Export planning maps</source>
        <translation>Экспорт карт для планирования</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="69"/>
        <source>Regions (admin level 1), one atlas page each</source>
        <translation>Области (админ. уровень 1), по странице атласа на каждую</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="70"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="70"/>
        <source>School connectivity planning map</source>
        <translation>Карта планирования подключения школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="75"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="76"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="79"/>
        <source>Resolution (dpi)</source>
        <translation>Разрешение (точек на дюйм)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="85"/>
        <source>National map template (.qpt)</source>
        <translation>Шаблон национальной карты (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="85"/>
        <source>Region page template (.qpt)</source>
        <translation>Шаблон страницы области (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="92"/>
        <source>Planning map (PDF)</source>
        <translation>Карта для планирования (PDF)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="92"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="94"/>
        <source>National page (PNG)</source>
        <translation>Национальная карта (PNG)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="94"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="96"/>
        <source>National page (SVG)</source>
        <translation>Национальная карта (SVG)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="96"/>
        <source>SVG files (*.svg)</source>
        <translation>Файлы SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="99"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="109"/>
        <source>Reading {n} schools…</source>
        <translation>Чтение школ: {n}…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="115"/>
        <source>{layer}: no school has coordinates, nothing to map</source>
        <translation>{layer}: ни у одной школы нет координат, наносить на карту нечего</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="124"/>
        <source>Printing {n} pages…</source>
        <translation>Печать страниц: {n}…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="135"/>
        <source>Wrote {path}</source>
        <translation>Записан {path}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="89"/>
        <source>Progress chart for the national page</source>
        <translation>График прогресса для национальной карты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="89"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="163"/>
        <source>{path}: progress chart not found</source>
        <translation>{path}: график прогресса не найден</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="165"/>
        <source>The national template has no room for the progress chart; left out.</source>
        <translation>В национальном шаблоне нет места для графика прогресса; он не добавлен.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="56"/>
        <source>Prints the national planning map (schools by connectivity, hard-to-connect schools, fiber, regions, legend, statistics) and, when regions are given, one page per region with its statistics and the list of schools to connect. One multi-page PDF (national page first), a PNG per page (regions as &lt;name&gt;_&lt;region&gt;.png beside the national PNG) and an optional SVG of the national page. Given the phases and clusters of &apos;Plan technologies, costs and phases&apos; (and its routes by phase), a construction plan page follows the national page: routes coloured by the phase that builds them, the phases&apos; totals and the clusters in build order. The layouts come from editable templates (.qpt): pass your own to restyle them. An optional progress chart (an image, such as the dock&apos;s chart of connected schools over time) is printed on the national page under the region table.</source>
        <translation>Печатает национальную карту планирования (школы по подключению, труднодоступные школы, оптоволокно, регионы, легенда, статистика) и, если заданы регионы, по странице на регион со статистикой и списком школ для подключения. Один многостраничный PDF (первой идёт национальная страница), PNG на каждую страницу (регионы как &lt;имя&gt;_&lt;регион&gt;.png рядом с национальным PNG) и, по желанию, SVG национальной страницы. Если даны этапы и кластеры из «План технологий, затрат и этапов» (и его трассы по этапам), после национальной страницы идёт страница плана строительства: трассы в цвете этапа, который их строит, итоги этапов и кластеры в порядке строительства. Макеты берутся из редактируемых шаблонов (.qpt): передайте свои, чтобы изменить оформление. Необязательная диаграмма хода работ (изображение, например диаграмма подключённых школ из панели) печатается на национальной странице под таблицей регионов.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="81"/>
        <source>Construction phases (table)</source>
        <translation>Этапы строительства (таблица)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="81"/>
        <source>Clusters (table)</source>
        <translation>Кластеры (таблица)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="85"/>
        <source>Construction plan template (.qpt)</source>
        <translation>Шаблон плана строительства (.qpt)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_planning_maps.py" line="72"/>
        <source>Data sources line (empty: made from the layers&apos; titles)</source>
        <translation>Строка источников данных (пусто: из названий слоёв)</translation>
    </message>
</context>
<context>
    <name>ExportTablesAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="46"/>
        <source>Schools (analysed)</source>
        <translation>Школы (после анализа)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="48"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="49"/>
        <source>Prioritised list</source>
        <translation>Список по приоритету</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="51"/>
        <source>Hard-to-connect list</source>
        <translation>Список труднодоступных школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="59"/>
        <source>Rows in the prioritised list</source>
        <translation>Строк в списке по приоритету</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="60"/>
        <source>Rows in the hard-to-connect list</source>
        <translation>Строк в списке труднодоступных школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="66"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="66"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="95"/>
        <source>Wrote {n} rows to {path}</source>
        <translation>Записано строк: {n} в {path}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="25"/>
        <source>Export the plan&apos;s lists</source>
        <translation>Экспорт списков плана</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="38"/>
        <source>Writes the prioritised list (ranked schools in rank order, with technology, its source, cluster, route and costs; without ranks, the unconnected schools), the hard-to-connect list with reasons, and given the tables of &apos;Plan technologies, costs and phases&apos;, the clusters and the phases. A .csv file is UTF-8 with a byte-order mark so Excel reads Cyrillic names; a .xlsx file is a spreadsheet. Text that starts with = + - @ gets a leading apostrophe so a spreadsheet never runs it as a formula.</source>
        <translation>Записывает список по приоритетам (школы с рангом в порядке ранга, с технологией, её источником, кластером, трассой и затратами; без рангов — неподключённые школы), список труднодоступных школ с причинами и, если даны таблицы «План технологий, затрат и этапов», кластеры и этапы. Файл .csv записывается в UTF-8 с меткой порядка байтов, чтобы Excel читал кириллицу; файл .xlsx — электронная таблица. Текст, начинающийся с = + - @, получает апостроф в начале, чтобы таблица никогда не выполнила его как формулу.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="53"/>
        <source>Clusters list</source>
        <translation>Список кластеров</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="53"/>
        <source>Clusters (table)</source>
        <translation>Кластеры (таблица)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="53"/>
        <source>Phases list</source>
        <translation>Список этапов</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="53"/>
        <source>Construction phases (table)</source>
        <translation>Этапы строительства (таблица)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="77"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/export_tables.py" line="77"/>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
</context>
<context>
    <name>FiberRoutesAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="37"/>
        <source>Shared fiber routes</source>
        <translation>Общие трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="75"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="78"/>
        <source>Roads (optional)</source>
        <translation>Дороги (необязательно)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="80"/>
        <source>Road snap distance (m)</source>
        <translation>Расстояние привязки к дорогам (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="83"/>
        <source>Maximum link length (m)</source>
        <translation>Максимальная длина линии (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="86"/>
        <source>Detour factor on straight links</source>
        <translation>Коэффициент извилистости прямых линий</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="89"/>
        <source>Also route schools with unknown connectivity</source>
        <translation>Прокладывать трассы и к школам с неизвестным подключением</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="91"/>
        <source>Schools with routes</source>
        <translation>Школы с трассами</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="93"/>
        <source>Fiber routes</source>
        <translation>Трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Schools out of reach</source>
        <translation>Школы вне досягаемости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Shared route length (km)</source>
        <translation>Длина общих трасс (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Length if each school were connected alone (km)</source>
        <translation>Длина при отдельном подключении каждой школы (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="148"/>
        <source>Give the fiber layers, or schools with the fields {fields} (run Distance to fiber first); missing: {missing}</source>
        <translation>Укажите слои оптоволокна или школы с полями {fields} (сначала выполните «Расстояние до оптоволокна»); отсутствуют: {missing}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="183"/>
        <source>Out of reach, {reason}: {count}</source>
        <translation>Вне досягаемости, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="134"/>
        <source>{sources}: the fiber layers hold no usable line or node.</source>
        <translation>{sources}: в слоях оптоволокна нет пригодных линий или узлов.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="53"/>
        <source>Plans fiber routes to every school to connect (not connected, or committed in the operator&apos;s work plan), sharing trenches between neighbours. Routes start only from fiber: the fiber layers and the schools on fiber (connected by fiber, or connected by the plan with fiber). A school on 3G, copper, microwave or satellite carries no fiber on. Every school joins one spanning tree through the shortest links (as Giga&apos;s cost model and ITU&apos;s planning platform do); a link longer than the maximum is not built unless a school below it is committed in the operator&apos;s plan.

A cluster is a link from fiber and the schools reached through it (cluster_id). path_max_link_m is the longest link on the school&apos;s route: the tree&apos;s route minimises it, so the school is reachable through links within the maximum exactly when it is within the maximum.

Without roads a link is the geodesic straight line times the detour factor. With a roads layer links follow the shortest road path (searched within the maximum link); schools and fiber points are snapped to the nearest road vertex within the snap distance.

The nearest fiber point of each school is measured on the fiber layers when given, otherwise taken from the fields fiber_distance_m, fiber_lon and fiber_lat (Distance to fiber).

Outputs: the schools with route_key, route_length_m (the school&apos;s own link), upstream_type (fiber, fiber_school, school, none), upstream_id, upstream_lon/lat, route_order (build order from the network), path_length_m, path_max_link_m, cluster_id, alone_length_m (its direct link to the network) and route_note; and the links within reach as lines (from_id, to_id, length_m, order, cluster_id).</source>
        <translation>Планирует трассы оптоволокна к каждой школе для подключения (не подключённой или обещанной в плане работ оператора), объединяя траншеи соседей. Трассы начинаются только от оптоволокна: слоёв оптоволокна и школ на оптоволокне (подключённых по оптоволокну или подключаемых по плану оптоволокном). Школа на 3G, меди, радиорелейной или спутниковой связи не передаёт оптоволокно дальше. Каждая школа входит в одно остовное дерево по кратчайшим линиям (как в модели затрат Giga и на платформе планирования МСЭ); линия длиннее максимальной не строится, если ниже по трассе нет школы, обещанной в плане оператора.

Кластер — это линия от оптоволокна и школы, до которых доходят через неё (cluster_id). path_max_link_m — самая длинная линия на трассе школы: трасса по дереву её минимизирует, поэтому школа достижима по линиям не длиннее максимальной ровно тогда, когда это значение не больше максимума.

Без дорог линия — геодезическая прямая, умноженная на коэффициент извилистости. Со слоем дорог линии идут по кратчайшему пути по дорогам (в пределах максимальной линии); школы и точки оптоволокна привязываются к ближайшей вершине дороги в пределах расстояния привязки.

Ближайшая точка оптоволокна каждой школы измеряется по слоям оптоволокна, если они даны, иначе берётся из полей fiber_distance_m, fiber_lon и fiber_lat («Расстояние до оптоволокна»).

Результаты: школы с route_key, route_length_m (собственная линия школы), upstream_type (fiber, fiber_school, school, none), upstream_id, upstream_lon/lat, route_order (порядок строительства от сети), path_length_m, path_max_link_m, cluster_id, alone_length_m (её прямая линия к сети) и route_note; и линии в пределах досягаемости (from_id, to_id, length_m, order, cluster_id).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Schools fiber can reach</source>
        <translation>Школы, до которых доходит оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="95"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="111"/>
        <source>Routing {count} schools from {sources} schools on fiber and the fiber network</source>
        <translation>Прокладка трасс к {count} школам от {sources} школ на оптоволокне и сети оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/fiber_routes.py" line="175"/>
        <source>{routed} schools reached through links within {max_km:.0f} km in {clusters} clusters, {unreachable} out of reach; shared routes {route:.1f} km against {alone:.1f} km if each school were connected alone ({compared} schools compared): {saving:.1f} km of trench saved</source>
        <translation>{routed} школ достижимы по линиям до {max_km:.0f} км в {clusters} кластерах, {unreachable} вне досягаемости; общие трассы {route:.1f} км против {alone:.1f} км при подключении каждой школы отдельно (сравнено школ: {compared}): экономия {saving:.1f} км траншеи</translation>
    </message>
</context>
<context>
    <name>FieldSurveyPanel</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="25"/>
        <source>Merge field surveys…</source>
        <translation>Объединить полевые обследования…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="28"/>
        <source>Bring back field packages edited offline in QField or QGIS: their surveys update the school layer; deletions, moves and additions are only listed</source>
        <translation>Вернуть полевые пакеты, отредактированные офлайн в QField или QGIS: их обследования обновляют слой школ; удаления, перемещения и добавления только перечисляются</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="48"/>
        <source>Field packages to merge</source>
        <translation>Полевые пакеты для объединения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="48"/>
        <source>Field packages (*.gpkg)</source>
        <translation>Полевые пакеты (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="56"/>
        <source>Another step is running; merge when it has ended.</source>
        <translation>Выполняется другой шаг; объедините, когда он завершится.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="60"/>
        <source>Merging {count} packages…</source>
        <translation>Объединение пакетов: {count}…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="67"/>
        <source>The merge did not run to the end; nothing was changed.</source>
        <translation>Объединение не завершилось; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/field_survey.py" line="70"/>
        <source>{updated} schools updated, {changes} changes; &lt;a href=&apos;#&apos;&gt;{conflicts} listed for review&lt;/a&gt;</source>
        <translation>Обновлено школ: {updated}, изменений: {changes}; &lt;a href='#'&gt;на проверку: {conflicts}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>FlagHardToConnectAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="43"/>
        <source>Flag hard-to-connect schools</source>
        <translation>Отметить труднодоступные школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="73"/>
        <source>Elevation model (DEM)</source>
        <translation>Цифровая модель рельефа (ЦМР)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="75"/>
        <source>Country boundary</source>
        <translation>Граница страны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="79"/>
        <source>High elevation above (m)</source>
        <translation>Большая высота, выше (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="89"/>
        <source>Schools with hard-to-connect flags</source>
        <translation>Школы с отметками о труднодоступности</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="91"/>
        <source>Hard-to-connect schools</source>
        <translation>Труднодоступные школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="170"/>
        <source>{count} hard-to-connect schools</source>
        <translation>Труднодоступных школ: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="54"/>
        <source>Flags schools fiber cannot reach and says why. Input: the output of &apos;Shared fiber routes&apos; (fields route_key, upstream_*, route_order, path_max_link_m, route_note).

A school not yet connected is hard to connect by fiber when no route of links within the maximum link reaches it from fiber or a school on fiber, or when there is no fiber point at all. Elevation, terrain along the route and a location outside the boundary explain a flag; they flag a school on their own only when chosen as extra triggers.

Reasons (hard_reasons, joined by &apos;;&apos;):
{rules}

With a DEM (any CRS; reprojected to EPSG:4326 in memory) each route link is sampled every half pixel (bilinear): elevation_m at the school, link_max_slope_deg (the steepest rise over a sustained kilometre, or two pixels where the DEM is coarser, so the threshold does not depend on the DEM&apos;s resolution), route_max_slope_deg and route_max_elevation_m along the whole route to fiber. Without a DEM, or without a boundary, the rules that need them do not fire. Clear a threshold to switch its rule off. Every flag can be recomputed from the output fields.</source>
        <translation>Отмечает школы, до которых не доходит оптоволокно, и объясняет почему. Вход: результат «Общих трасс оптоволокна» (поля route_key, upstream_*, route_order, path_max_link_m, route_note).

Ещё не подключённую школу трудно подключить оптоволокном, когда до неё не доходит ни одна трасса из линий не длиннее максимальной от оптоволокна или школы на оптоволокне, или когда точек оптоволокна нет вовсе. Высота, рельеф вдоль трассы и положение вне границы объясняют отметку; сами по себе они отмечают школу, только если выбраны как дополнительные условия.

Причины (hard_reasons, через ';'):
{rules}

С ЦМР (любая СК; перепроецируется в EPSG:4326 в памяти) каждая линия трассы опрашивается каждые полпикселя (билинейно): elevation_m в школе, link_max_slope_deg (самый крутой подъём на протяжении километра или двух пикселей, где ЦМР грубее, чтобы порог не зависел от разрешения ЦМР), route_max_slope_deg и route_max_elevation_m вдоль всей трассы к оптоволокну. Без ЦМР или без границы правила, которым они нужны, не срабатывают. Очистите порог, чтобы выключить его правило. Каждую отметку можно пересчитать по полям результата.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="71"/>
        <source>Schools with fiber routes</source>
        <translation>Школы с трассами оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="78"/>
        <source>Longest link fiber can take (m)</source>
        <translation>Самая длинная линия для оптоволокна (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="80"/>
        <source>Rugged route: sustained slope steeper than (degrees)</source>
        <translation>Сложная трасса: устойчивый уклон круче (градусов)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="86"/>
        <source>Also flag on their own</source>
        <translation>Отмечать также сами по себе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="97"/>
        <source>{layer}: no field {fields}; run &apos;Shared fiber routes&apos; on the schools first</source>
        <translation>{layer}: нет поля {fields}; сначала выполните «Общие трассы оптоволокна» для школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/flag_hard_to_connect.py" line="138"/>
        <source>Sampling terrain along the routes to fiber</source>
        <translation>Выборка рельефа вдоль трасс к оптоволокну</translation>
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
        <translation>School Connectivity – Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>ImportPipelineAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="32"/>
        <source>Import the operator&apos;s work plan</source>
        <translation>Импорт плана работ оператора</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="72"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="74"/>
        <source>Work plan file</source>
        <translation>Файл плана работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="74"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*.*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*.*)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="77"/>
        <source>…or a work plan table of the project</source>
        <translation>…или таблица плана работ из проекта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>School id column</source>
        <translation>Столбец кода школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>School name column</source>
        <translation>Столбец названия школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>Region column</source>
        <translation>Столбец области</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>District column</source>
        <translation>Столбец района</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>Status column</source>
        <translation>Столбец статуса</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="87"/>
        <source>Minimum name score (0-1)</source>
        <translation>Минимальная оценка совпадения названия (0–1)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="90"/>
        <source>Schools with pipeline status</source>
        <translation>Школы со статусом плана подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="92"/>
        <source>Plan rows to check</source>
        <translation>Строки плана для проверки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="94"/>
        <source>Plan rows</source>
        <translation>Строки плана</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="94"/>
        <source>Matched by id</source>
        <translation>Сопоставлено по коду</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="94"/>
        <source>Matched by name</source>
        <translation>Сопоставлено по названию</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="94"/>
        <source>Rows to check</source>
        <translation>Строки для проверки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="107"/>
        <source>{path}, row {row}: {detail}</source>
        <translation>{path}, строка {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="111"/>
        <source>Give a work plan file or a work plan table.</source>
        <translation>Укажите файл плана работ или таблицу плана работ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="125"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="125"/>
        <source>work plan</source>
        <translation>план работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="135"/>
        <source>The schools have no school_id field (import them first).</source>
        <translation>У школ нет поля school_id (сначала импортируйте их).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="157"/>
        <source>{rows} plan rows: {by_id} matched by id, {by_name} by name, {check} to check</source>
        <translation>Строк плана: {rows}; сопоставлено по коду: {by_id}, по названию: {by_name}, на проверку: {check}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="160"/>
        <source>To check, {reason}: {count}</source>
        <translation>Проверить, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="163"/>
        <source>Schools {status}: {count}</source>
        <translation>Школы со статусом {status}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="52"/>
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
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="80"/>
        <source>Date column</source>
        <translation>Столбец даты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_pipeline.py" line="128"/>
        <source>{name}: id ← {id}, name ← {school}, region ← {a1}, district ← {a2}, status ← {status}, date ← {date}</source>
        <translation>{name}: код ← {id}, название ← {school}, область ← {a1}, район ← {a2}, статус ← {status}, дата ← {date}</translation>
    </message>
</context>
<context>
    <name>ImportSchoolsAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="72"/>
        <source>Import school list</source>
        <translation>Импорт списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="131"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="113"/>
        <source>School list file</source>
        <translation>Файл списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="117"/>
        <source>…or a school layer of the project</source>
        <translation>…или слой школ из проекта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="123"/>
        <source>Country boundary</source>
        <translation>Граница страны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="125"/>
        <source>Boundary tolerance (km)</source>
        <translation>Допуск границы (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="129"/>
        <source>Column map (field=Column;field=Column)</source>
        <translation>Сопоставление столбцов (поле=Столбец;поле=Столбец)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="133"/>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="135"/>
        <source>Rows in</source>
        <translation>Строк на входе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="136"/>
        <source>Schools loaded</source>
        <translation>Загружено школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="137"/>
        <source>Rows rejected</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="144"/>
        <source>Give a school list file or a school layer.</source>
        <translation>Укажите файл списка школ или слой школ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="149"/>
        <source>Read {path}: encoding {encoding}, delimiter {delimiter}</source>
        <translation>Прочитан {path}: кодировка {encoding}, разделитель {delimiter}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="152"/>
        <source>Column {old} renamed to {new} (blank or repeated header)</source>
        <translation>Столбец {old} переименован в {new} (пустой или повторяющийся заголовок)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="196"/>
        <source>{field} ← {column}</source>
        <translation>{field} ← {column}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="257"/>
        <source>Rows lost: {loaded} + {rejected} != {rows}</source>
        <translation>Потеряны строки: {loaded} + {rejected} != {rows}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="259"/>
        <source>{rows} rows in: {loaded} schools loaded, {rejected} rejected</source>
        <translation>Строк на входе: {rows}; загружено школ: {loaded}, отклонено: {rejected}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="262"/>
        <source>Rejected, {reason}: {count}</source>
        <translation>Отклонено, {reason}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="265"/>
        <source>Flagged, {code}: {count}</source>
        <translation>Отмечено, {code}: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="272"/>
        <source>Row {row}: {detail}</source>
        <translation>Строка {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="274"/>
        <source>… and {count} more row issues (see qa_flags)</source>
        <translation>… и ещё проблем в строках: {count} (см. qa_flags)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="248"/>
        <source>{name}: the boundary must be polygons</source>
        <translation>{name}: граница должна состоять из полигонов</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="190"/>
        <source>{name}: no column for {fields}; columns are: {columns}. Map them with the column map, e.g. latitude=Column;longitude=Column, or coordinates=Column for one column holding both</source>
        <translation>{name}: нет столбца для {fields}; есть столбцы: {columns}. Сопоставьте их в параметре «Сопоставление столбцов», например latitude=Столбец;longitude=Столбец или coordinates=Столбец, если обе координаты в одном столбце</translation>
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
        <translation>Читает национальный список школ (текст CSV/TSV с запятой, точкой с запятой или вертикальной чертой в UTF-8, UTF-8 с BOM или CP1251; XLSX, ODS или XLS; GeoJSON, GeoPackage, Shapefile, KML или KMZ в любой системе координат; любой из них внутри .zip; или слой проекта) и записывает нормализованные точки школ в EPSG:4326.

Лист или слой: лист книги или слой GeoPackage, в котором находится список. Пусто: первый лист, строка заголовка которого называет столбцы координат (строки заголовка документа над ней пропускаются), или единственный точечный слой; файл с несколькими точечными слоями отклоняется с их названиями. Читаются все папки KML/KMZ. В .zip должен быть один список; если их несколько, ошибка называет их.

Столбцы распознаются по названиям Giga school-master и английским, русским и кыргызским синонимам; параметр «Сопоставление столбцов» задаёт их вручную, например latitude=Широта;download_speed=Скорость.

Ни одна строка не теряется: строка отклоняется, только если её нельзя нанести на карту (координаты отсутствуют, нечитаемы, нулевые или вне допустимого диапазона), и попадает в таблицу отклонённых строк с причиной и исходными значениями. Любое другое сомнение (перепутанные широта и долгота, за пределами границы, дубликаты, неправдоподобная скорость или число учащихся, нечитаемые значения) сохраняется и указывается в qa_flags.

source_row — номер строки данных в файле, начиная с 1, считая со строки после заголовка (пустые строки не считаются); для пространственного файла или слоя — позиция объекта в слое (папки KML — одна за другой).

Причины отклонения: {reasons}.
Отметки проверки качества (QA): {flags}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="113"/>
        <source>School lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp *.kml *.kmz *.zip);;All files (*.*)</source>
        <translation>Списки школ (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp *.kml *.kmz *.zip);;Все файлы (*.*)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="120"/>
        <source>Sheet or layer (empty: the one whose header names coordinates, or the only point layer)</source>
        <translation>Лист или слой (пусто: тот, чей заголовок называет координаты, или единственный точечный слой)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="157"/>
        <source>Read {count} layers of {path}: {names}</source>
        <translation>Прочитано слоёв из {path}: {count} ({names})</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/import_schools.py" line="230"/>
        <source>{name}: none of the {rows} rows can be placed on a map ({reasons}). Check the coordinate columns (map them with the column map) or the file.</source>
        <translation>{name}: ни одну из {rows} строк нельзя поместить на карту ({reasons}). Проверьте столбцы координат (сопоставьте их в карте столбцов) или файл.</translation>
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
        <translation>Нормализованный слой школ (импортируйте список школ, чтобы его создать)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="35"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="38"/>
        <source>No fiber layer</source>
        <translation>Нет слоя оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="40"/>
        <source>Fiber lines and nodes, one or more layers</source>
        <translation>Линии и узлы оптоволокна, один или несколько слоёв</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="41"/>
        <source>Fiber</source>
        <translation>Оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/inputs.py" line="46"/>
        <source>Regions</source>
        <translation>Регионы</translation>
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
        <translation>Живой источник</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="24"/>
        <source>A school list published at an http(s) URL (CSV, GeoJSON, GeoPackage, zip or a paged JSON API). The last good copy is kept in the profile&apos;s cache folder.</source>
        <translation>Список школ, опубликованный по адресу http(s) (CSV, GeoJSON, GeoPackage, zip или постраничный JSON API). Последняя исправная копия хранится в папке кэша профиля.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="26"/>
        <source>School list URL</source>
        <translation>Адрес списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="30"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="31"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source_options.py" line="33"/>
        <source>Check every</source>
        <translation>Проверять каждые</translation>
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
        <translation>Проверка живого источника</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="63"/>
        <source>Check the live source now</source>
        <translation>Проверить живой источник сейчас</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="96"/>
        <source>Live source: not checked yet</source>
        <translation>Живой источник: ещё не проверялся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="105"/>
        <source>Checking the live source…</source>
        <translation>Проверка живого источника…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="114"/>
        <source>Live source unavailable: {error}</source>
        <translation>Живой источник недоступен: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/live_source.py" line="119"/>
        <source>As of {time}: {state}</source>
        <translation>На {time}: {state}</translation>
    </message>
</context>
<context>
    <name>LiveSources</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/sources.py" line="86"/>
        <source>{url}: {error}; using the last good copy of {time}</source>
        <translation>{url}: {error}; используется последняя исправная копия от {time}</translation>
    </message>
</context>
<context>
    <name>MergeFieldSurveyAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="34"/>
        <source>Merge field surveys</source>
        <translation>Объединить полевые обследования</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="51"/>
        <source>Brings field packages back after a field team edited them offline in QField or QGIS: each school&apos;s survey sets its connectivity, download speed and connection type, recomputes its connectivity class, and records connectivity_source = field_survey, surveyed_at and the surveyor.

When packages disagree on a school, the latest surveyed_at wins and the disagreement is listed. Nothing is done silently: a school deleted in the field is kept, a school moved further than the threshold keeps its place, a school added in the field is not added; each is listed in the conflicts table. A survey no later than the one the school list already holds is not applied again, so merging the same package twice changes nothing. A package that is not a field package of this plugin, or was made from another school list, stops the merge, naming it.</source>
        <translation>Возвращает полевые пакеты после того, как полевая группа отредактировала их офлайн в QField или QGIS: обследование каждой школы задаёт её подключение, скорость загрузки и тип подключения, пересчитывает класс подключения и записывает connectivity_source = field_survey, surveyed_at и обследователя.

Если пакеты расходятся по одной школе, побеждает самое позднее surveyed_at, а расхождение перечисляется. Ничего не делается молча: школа, удалённая в поле, сохраняется, школа, перемещённая дальше порога, остаётся на месте, школа, добавленная в поле, не добавляется; каждая перечисляется в таблице конфликтов. Обследование не позже того, что уже есть в списке школ, повторно не применяется, поэтому повторное объединение того же пакета ничего не меняет. Пакет, который не является полевым пакетом этого модуля или сделан из другого списка школ, останавливает объединение с указанием его имени.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="63"/>
        <source>School list (imported)</source>
        <translation>Список школ (импортированный)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="65"/>
        <source>Field packages (GeoPackage)</source>
        <translation>Полевые пакеты (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="68"/>
        <source>List schools moved further than (m)</source>
        <translation>Перечислять школы, перемещённые дальше чем (м)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="71"/>
        <source>Schools with field surveys</source>
        <translation>Школы с полевыми обследованиями</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="73"/>
        <source>Changes (field_changes.csv)</source>
        <translation>Изменения (field_changes.csv)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="73"/>
        <source>Conflicts (field_conflicts.csv)</source>
        <translation>Конфликты (field_conflicts.csv)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="75"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="76"/>
        <source>Summary (JSON)</source>
        <translation>Сводка (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="76"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="79"/>
        <source>Schools updated</source>
        <translation>Обновлено школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="80"/>
        <source>Field changes</source>
        <translation>Полевые изменения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="81"/>
        <source>Conflicts listed</source>
        <translation>Перечислено конфликтов</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/merge_field_survey.py" line="119"/>
        <source>{updated} schools updated, {changes} field changes, {conflicts} conflicts listed</source>
        <translation>Обновлено школ: {updated}, полевых изменений: {changes}, перечислено конфликтов: {conflicts}</translation>
    </message>
</context>
<context>
    <name>PackageForFieldAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="29"/>
        <source>Package for the field</source>
        <translation>Пакет для полевых работ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="39"/>
        <source>Writes one GeoPackage holding the schools, fiber, routes, regions and the rejects table, each layer with its style stored as the default style (QField and QGIS open it styled), and a QGIS project (.qgz) beside it that refers to the GeoPackage by a relative path. No basemap is needed: the regions give context offline. Both files appear only when complete.</source>
        <translation>Записывает один GeoPackage со школами, оптоволокном, трассами, областями и таблицей отклонённых строк, у каждого слоя стиль сохранён как стиль по умолчанию (QField и QGIS открывают его с оформлением), а рядом — проект QGIS (.qgz), ссылающийся на GeoPackage по относительному пути. Подложка не нужна: области дают ориентиры без интернета. Оба файла появляются только полностью готовыми.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="65"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="70"/>
        <source>Proposed fiber routes</source>
        <translation>Предлагаемые трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="70"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="70"/>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="54"/>
        <source>Project title</source>
        <translation>Название проекта</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="54"/>
        <source>School connectivity field package</source>
        <translation>Полевой пакет подключения школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="57"/>
        <source>Field package (GeoPackage)</source>
        <translation>Полевой пакет (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="57"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="59"/>
        <source>Project file (.qgz)</source>
        <translation>Файл проекта (.qgz)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="86"/>
        <source>Wrote {gpkg} and {project}</source>
        <translation>Записаны {gpkg} и {project}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/package_for_field.py" line="43"/>
        <source>The schools carry what a field team needs (identity, place, students, connectivity today, work plan, hard-to-connect reasons; the other analysis fields stay out) and a survey form: connectivity, measured speeds, provider, connection type, power, a note, a photo, the time (stamped on each edit) and the surveyor. &apos;Merge field surveys&apos; brings the edited copies back.</source>
        <translation>Школы несут то, что нужно полевой группе (идентификатор, место, учащиеся, подключение сегодня, план работ, причины труднодоступности; остальные поля анализа не включаются), и форму обследования: подключение, измеренные скорости, провайдер, тип подключения, электропитание, примечание, фото, время (ставится при каждой правке) и обследователь. «Объединить полевые обследования» возвращает отредактированные копии.</translation>
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
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="51"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="59"/>
        <source>Fiber km</source>
        <translation>Км оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="160"/>
        <source>Prioritise by</source>
        <translation>Критерий приоритета</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="166"/>
        <source> USD</source>
        <translation> долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="38"/>
        <source>Horizon</source>
        <translation>Горизонт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="38"/>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="40"/>
        <source>Discount rate</source>
        <translation>Ставка дисконтирования</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="41"/>
        <source>Fiber on poles, per km</source>
        <translation>Оптоволокно на опорах, за км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="43"/>
        <source>Fiber in the ground, per km</source>
        <translation>Оптоволокно в грунте, за км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="45"/>
        <source>Satellite kit</source>
        <translation>Спутниковый комплект</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="46"/>
        <source>Satellite service, per year</source>
        <translation>Спутниковая связь, в год</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="59"/>
        <source>CAPEX, USD</source>
        <translation>Капзатраты, долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="51"/>
        <source>OPEX, USD/yr</source>
        <translation>Опер. расходы, долл./год</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="59"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="165"/>
        <source>Cost model</source>
        <translation>Модель затрат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="170"/>
        <source>CAPEX per phase</source>
        <translation>Капзатраты на этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="171"/>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="173"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="174"/>
        <source>New fiber per phase</source>
        <translation>Новое оптоволокно на этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="181"/>
        <source>Satellite service is licensed</source>
        <translation>Спутниковая связь лицензирована</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="189"/>
        <source>Update the plan</source>
        <translation>Обновить план</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="191"/>
        <source>Run &apos;Plan technologies, costs and phases&apos; again with these numbers.</source>
        <translation>Снова выполнить «План технологий, затрат и этапов» с этими числами.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="198"/>
        <source>The last plan&apos;s construction phases; &apos;No phase&apos; holds schools no phase could take.</source>
        <translation>Этапы строительства последнего плана; «Без этапа» — школы, которые не вошли ни в один этап.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="202"/>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="203"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="263"/>
        <source>Satellite is not licensed: schools fiber cannot reach take microwave or cellular where they can.</source>
        <translation>Спутниковая связь не лицензирована: школы вне досягаемости оптоволокна получают радиорелейную или сотовую связь, где это возможно.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="267"/>
        <source>Fiber is cheaper than satellite for one school up to {km} km of new link on poles.</source>
        <translation>Для одной школы оптоволокно дешевле спутника до {km} км новой линии на опорах.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/priorities_panel.py" line="292"/>
        <source>No phase</source>
        <translation>Без этапа</translation>
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
        <translation>Больше всего учащихся на доллар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="80"/>
        <source>Most schools per dollar</source>
        <translation>Больше всего школ на доллар</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="81"/>
        <source>Lowest total cost to connect all</source>
        <translation>Минимальная общая стоимость подключения всех</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="112"/>
        <source>Fiber nodes for point-to-point links</source>
        <translation>Узлы оптоволокна для радиорелейных линий</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="115"/>
        <source>Elevation model (line of sight)</source>
        <translation>Цифровая модель рельефа (прямая видимость)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="117"/>
        <source>Cell towers (points) or coverage (polygons)</source>
        <translation>Вышки сотовой связи (точки) или зоны покрытия (полигоны)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="157"/>
        <source>Cost model</source>
        <translation>Модель затрат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="123"/>
        <source>Cost overrides (JSON)</source>
        <translation>Изменения затрат (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="125"/>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="133"/>
        <source>Weight of rural schools</source>
        <translation>Вес сельских школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="136"/>
        <source>Weight of hard-to-connect schools</source>
        <translation>Вес труднодоступных школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="139"/>
        <source>Also plan schools with unknown connectivity</source>
        <translation>Планировать и школы с неизвестным подключением</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Schools to connect</source>
        <translation>Школы для подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Schools in a phase</source>
        <translation>Школы в этапах</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="164"/>
        <source>Cost overrides: {error}</source>
        <translation>Изменения затрат: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="176"/>
        <source>No route fields (run Shared fiber routes first): each school&apos;s fiber is costed alone, its distance to fiber x detour factor.</source>
        <translation>Нет полей трасс (сначала выполните «Общие трассы оптоволокна»): оптоволокно каждой школы оценивается отдельно — расстояние до оптоволокна × коэффициент извилистости.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="206"/>
        <source>Fiber nodes given without an elevation model: point-to-point links are not assessed.</source>
        <translation>Узлы оптоволокна заданы без модели рельефа: радиорелейные линии не оцениваются.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="210"/>
        <source>Line of sight for {count} schools</source>
        <translation>Прямая видимость для {count} школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="216"/>
        <source>{found} of {count} schools see a fiber node within {km:.0f} km</source>
        <translation>{found} из {count} школ видят узел оптоволокна в пределах {km:.0f} км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="222"/>
        <source>{count} schools to connect have cellular coverage</source>
        <translation>Школ для подключения в зоне сотовой связи: {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="247"/>
        <source>Cost model: {name} ({source})</source>
        <translation>Модель затрат: {name} ({source})</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="252"/>
        <source>Recommended {technology}: {count} schools</source>
        <translation>Рекомендовано {technology}: школ — {count}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="262"/>
        <source>Phase {phase}</source>
        <translation>Этап {phase}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="262"/>
        <source>No phase</source>
        <translation>Без этапа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="39"/>
        <source>Kyrgyzstan (public Central Asian prices)</source>
        <translation>Кыргызстан (открытые цены Центральной Азии)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="40"/>
        <source>Giga cost model defaults (for comparison)</source>
        <translation>Значения модели затрат Giga (для сравнения)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="41"/>
        <source>ITU planning platform (for comparison)</source>
        <translation>Платформа планирования МСЭ (для сравнения)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="52"/>
        <source>Plan technologies, costs and phases</source>
        <translation>План технологий, затрат и этапов</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="84"/>
        <source>Plans every school to connect (not connected, or committed in the operator&apos;s work plan).

The operator&apos;s plan is a commitment: schools planned, contracted or in progress keep the plan&apos;s technology (fiber unless its &apos;technology&apos; column says otherwise) with technology_source operator_plan, and their routes are built; the cheaper alternative, where there is one, is shown beside them (cheapest_alternative, alternative_saving_usd), never applied. Every other school is decided by cost (least_cost) for its cluster as a whole: one shared trench against the sum of the schools&apos; alternatives, exactly, along the route tree of &apos;Shared fiber routes&apos;.

Costs are present values over the horizon (discounted; equipment renewed), per technology and feasible only within reach and capacity: fiber along a buildable route; point-to-point microwave to a fiber node in range the school can see on the DEM; cellular in coverage or in range of a tower; satellite where licensed. Bandwidth demand is the larger of a floor and so much per student. The presets and every number are in docs/cost_model.md; &apos;Cost overrides&apos; changes any of them, e.g. {&quot;horizon_years&quot;: 15, &quot;satellite&quot;: {&quot;fixed_usd_year&quot;: 1800}}.

Build order: in progress, contracted, planned, then the rest by the objective (per 1,000 USD of the cluster&apos;s build for schools on fiber); upstream before downstream. Phases are filled in that order and never exceed the CAPEX budget (and km of new trench, when set) per phase.

Outputs: the schools with the PRIORITY fields; totals per phase (schools, students, km of new fiber, CAPEX, yearly OPEX, cumulative); clusters (fiber point, schools, students, km, CAPEX, OPEX, CAPEX per student, phases, statuses); and, given the routes, the routes with the phase they are built in.</source>
        <translation>Планирует каждую школу для подключения (не подключённую или обещанную в плане работ оператора).

План оператора — обязательство: школы в статусе «запланировано», «по договору» или «в работе» сохраняют технологию плана (оптоволокно, если его столбец 'technology' не говорит иное) с technology_source operator_plan, и их трассы строятся; более дешёвая альтернатива, если она есть, показывается рядом (cheapest_alternative, alternative_saving_usd) и никогда не применяется. Все остальные школы решаются по стоимости (least_cost) для кластера в целом: одна общая траншея против суммы альтернатив школ, точно, по дереву трасс «Общих трасс оптоволокна».

Затраты — приведённые стоимости за горизонт (с дисконтированием; оборудование обновляется) по каждой технологии и только там, где она осуществима по досягаемости и ёмкости: оптоволокно по строимой трассе; радиорелейная связь точка-точка до узла оптоволокна в пределах дальности, видимого со школы по ЦМР; сотовая связь в зоне покрытия или в пределах дальности вышки; спутник там, где он лицензирован. Потребность в полосе — большее из минимума и доли на ученика. Наборы цен и каждое число — в docs/cost_model.md; «Изменения цен» меняют любое из них, например {&quot;horizon_years&quot;: 15, &quot;satellite&quot;: {&quot;fixed_usd_year&quot;: 1800}}.

Порядок строительства: в работе, по договору, запланировано, затем остальные по цели (на 1 000 долл. США стоимости строительства кластера для школ на оптоволокне); вышестоящие раньше нижестоящих. Этапы заполняются в этом порядке и никогда не превышают бюджет капзатрат (и км новой траншеи, если задано) на этап.

Результаты: школы с полями PRIORITY; итоги по этапам (школы, ученики, км нового оптоволокна, капзатраты, годовые опер. расходы, нарастающий итог); кластеры (точка оптоволокна, школы, ученики, км, капзатраты, опер. расходы, капзатраты на ученика, этапы, статусы); и, если даны трассы, трассы с этапом, в котором они строятся.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="107"/>
        <source>Schools with fiber routes</source>
        <translation>Школы с трассами оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="109"/>
        <source>Fiber routes (from Shared fiber routes)</source>
        <translation>Трассы оптоволокна (из «Общих трасс оптоволокна»)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="127"/>
        <source>CAPEX budget per phase (USD)</source>
        <translation>Бюджет капзатрат на этап (долл. США)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="130"/>
        <source>New trench per phase (km, 0 = no limit)</source>
        <translation>Новая траншея на этап (км, 0 = без ограничения)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="141"/>
        <source>Planned schools</source>
        <translation>Школы в плане</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="143"/>
        <source>Construction phases</source>
        <translation>Этапы строительства</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="147"/>
        <source>Planned routes by phase</source>
        <translation>Трассы плана по этапам</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>CAPEX of the phased schools (USD)</source>
        <translation>Капзатраты школ в этапах (долл. США)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>New fiber (km)</source>
        <translation>Новое оптоволокно (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="149"/>
        <source>Fiber against satellite: break-even link (km)</source>
        <translation>Оптоволокно против спутника: длина безубыточности (км)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="248"/>
        <source>Fiber against satellite for one school at {mbps:.0f} Mbps: fiber is cheaper up to {km:.2f} km of new aerial link over {years:.0f} years</source>
        <translation>Оптоволокно против спутника для одной школы при {mbps:.0f} Мбит/с: оптоволокно дешевле до {km:.2f} км новой воздушной линии за {years:.0f} лет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="254"/>
        <source>{count} schools keep the operator&apos;s plan; {clusters} clusters</source>
        <translation>{count} школ сохраняют план оператора; кластеров: {clusters}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="259"/>
        <source>{count} schools the plan commits to fiber have no route to fiber: check them</source>
        <translation>{count} школ, которым план обещает оптоволокно, не имеют трассы к оптоволокну: проверьте их</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/prioritize.py" line="263"/>
        <source>{label}: {schools} schools, {students:.0f} students, {km:.1f} km of new fiber, CAPEX {capex:.0f} USD, OPEX {opex:.0f} USD a year</source>
        <translation>{label}: школ {schools}, учеников {students:.0f}, новое оптоволокно {km:.1f} км, капзатраты {capex:.0f} долл. США, опер. расходы {opex:.0f} долл. США в год</translation>
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
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="54"/>
        <source>Export chart…</source>
        <translation>Экспорт графика…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="84"/>
        <source>Choose where to store snapshots first.</source>
        <translation>Сначала выберите, где хранить снимки.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="89"/>
        <source>Cannot write snapshots to {path}: {error}</source>
        <translation>Не удаётся записать снимки в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="99"/>
        <source>Cannot read snapshots from {path}: {error}</source>
        <translation>Не удаётся прочитать снимки из {path}: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="108"/>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="108"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="110"/>
        <source>Cannot write {path}.</source>
        <translation>Не удаётся записать {path}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="44"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/progress_panel.py" line="45"/>
        <source>Share (%)</source>
        <translation>Доля (%)</translation>
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
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="20"/>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="21"/>
        <source>Plan rows to check</source>
        <translation>Строки плана для проверки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="23"/>
        <source>Routes</source>
        <translation>Трассы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="24"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/project_layers.py" line="25"/>
        <source>Construction phases</source>
        <translation>Этапы строительства</translation>
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
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="38"/>
        <source>Run the whole job</source>
        <translation>Выполнить всю работу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="67"/>
        <source>School list file</source>
        <translation>Файл списка школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="69"/>
        <source>Country boundary</source>
        <translation>Граница страны</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="71"/>
        <source>Regions (admin level 1), one map page each</source>
        <translation>Регионы (1-й административный уровень), по странице карты на каждый</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="74"/>
        <source>Elevation model (DEM)</source>
        <translation>Цифровая модель рельефа (ЦМР)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="76"/>
        <source>Operator&apos;s work plan</source>
        <translation>План работ оператора</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="77"/>
        <source>Map title</source>
        <translation>Заголовок карты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="79"/>
        <source>Column map (field=Column;field=Column)</source>
        <translation>Сопоставление столбцов (поле=Столбец;поле=Столбец)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="84"/>
        <source>Speed classes</source>
        <translation>Классы скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="94"/>
        <source>Output folder</source>
        <translation>Выходная папка</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="95"/>
        <source>Rows in</source>
        <translation>Строк на входе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="96"/>
        <source>Schools loaded</source>
        <translation>Загружено школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="97"/>
        <source>Summary (JSON)</source>
        <translation>Сводка (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="58"/>
        <source>Runs the main job as the headless command does: import the school list, match the operator&apos;s work plan, measure geodesic distance to fiber, flag hard-to-connect schools, plan shared fiber routes and the plan, then write into the output folder: schools.gpkg (schools, rejected rows, routes by phase, clusters, phases, unmatched plan rows), summary.json, planning_map.pdf and .png pages, field_package.gpkg with its project, priority.csv, hard_to_connect.csv, clusters.csv and phases.csv. The steps and their parameters are the dock&apos;s.</source>
        <translation>Выполняет основную работу так же, как команда без интерфейса: импорт списка школ, сопоставление с планом работ оператора, геодезическое расстояние до оптоволокна, отметка труднодоступных школ, общие трассы оптоволокна и план, затем запись в папку результатов: schools.gpkg (школы, отклонённые строки, трассы по этапам, кластеры, этапы, несопоставленные строки плана), summary.json, страницы planning_map.pdf и .png, field_package.gpkg с его проектом, priority.csv, hard_to_connect.csv, clusters.csv и phases.csv. Шаги и их параметры — те же, что в панели.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="88"/>
        <source>Cost model</source>
        <translation>Модель затрат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="92"/>
        <source>Cost overrides (JSON)</source>
        <translation>Изменения цен (JSON)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="106"/>
        <source>Cost overrides: {error}</source>
        <translation>Изменения цен: {error}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/run_all.py" line="81"/>
        <source>Sheet or layer of the school file (empty: found from its columns)</source>
        <translation>Лист или слой файла школ (пусто: определяется по его столбцам)</translation>
    </message>
</context>
<context>
    <name>SchoolCard</name>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Identity</source>
        <translation>О школе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>School ID</source>
        <translation>Код школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Connectivity</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Download speed</source>
        <translation>Скорость загрузки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Speed class</source>
        <translation>Класс скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Connection type</source>
        <translation>Тип подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Fiber</source>
        <translation>Оптоволокно</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Distance to fiber</source>
        <translation>Расстояние до оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Route to fiber</source>
        <translation>Трасса до оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Hard to connect by fiber</source>
        <translation>Трудно подключить оптоволокном</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Recommended technology</source>
        <translation>Рекомендуемая технология</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Technology chosen by</source>
        <translation>Технологию выбрал</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>CAPEX</source>
        <translation>Капзатраты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>OPEX</source>
        <translation>Опер. расходы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Total over the planning horizon</source>
        <translation>Итого за горизонт планирования</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Construction phase</source>
        <translation>Этап строительства</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Not phased because</source>
        <translation>Без этапа, потому что</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Operator&apos;s work plan</source>
        <translation>План работ оператора</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="55"/>
        <source>Work plan date</source>
        <translation>Дата в плане работ</translation>
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
        <translation>{value} долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="101"/>
        <source>{value} USD a year</source>
        <translation>{value} долл. США в год</translation>
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
        <translation>долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="109"/>
        <source>USD a year</source>
        <translation>долл. США в год</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="111"/>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="112"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="113"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/core/definitions/school_card.py" line="115"/>
        <source>Other fields</source>
        <translation>Другие поля</translation>
    </message>
</context>
<context>
    <name>SchoolCardDialog</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="36"/>
        <source>School card</source>
        <translation>Карточка школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="38"/>
        <source>No route and no fiber point are known for this school.</source>
        <translation>Для этой школы не известны ни трасса, ни точка оптоволокна.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="39"/>
        <source>No route planned: highlighted is the straight line to the nearest fiber point, {km} km.</source>
        <translation>Трасса не запланирована: выделена прямая до ближайшей точки оптоволокна, {km} км.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="41"/>
        <source>Highlighted route: {km} km, links: {count}; it stops where the routes layer has no further link.</source>
        <translation>Выделенная трасса: {km} км, участков: {count}; она обрывается там, где в слое трасс нет следующего участка.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="43"/>
        <source>Highlighted route to fiber: {km} km, links: {count}, to school {school}, already on fiber.</source>
        <translation>Выделенная трасса до оптоволокна: {km} км, участков: {count}, до школы {school}, уже подключённой оптоволокном.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="45"/>
        <source>Highlighted route to fiber: {km} km, links: {count}, to a fiber point.</source>
        <translation>Выделенная трасса до оптоволокна: {km} км, участков: {count}, до точки оптоволокна.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="98"/>
        <source>Zoom to route</source>
        <translation>Показать трассу</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/school_card.py" line="114"/>
        <source>School card: {school}</source>
        <translation>Карточка школы: {school}</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityAlgorithm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="49"/>
        <source>1. Import</source>
        <translation>1. Импорт</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="50"/>
        <source>2. Analysis</source>
        <translation>2. Анализ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="51"/>
        <source>3. Planning</source>
        <translation>3. Планирование</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="52"/>
        <source>4. Outputs</source>
        <translation>4. Результаты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="76"/>
        <source>{path}: not a readable layer</source>
        <translation>{path}: слой не читается</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="77"/>
        <source>Fiber (lines or nodes)</source>
        <translation>Оптоволокно (линии или узлы)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="78"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="79"/>
        <source>Proposed fiber routes</source>
        <translation>Предлагаемые трассы оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="80"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="81"/>
        <source>Giga</source>
        <translation>Giga</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="82"/>
        <source>Colour-blind safe</source>
        <translation>Безопасные для дальтоников</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="87"/>
        <source>Giga global (good &gt; 20 Mbps, bad &lt; 1 Mbps)</source>
        <translation>Giga, глобальный (хорошее &gt; 20 Мбит/с, плохое &lt; 1 Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="89"/>
        <source>Giga national (good ≥ 5 Mbps)</source>
        <translation>Giga, национальный (хорошее ≥ 5 Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="90"/>
        <source>User-defined (thresholds below)</source>
        <translation>Пользовательский (пороги ниже)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="92"/>
        <source>Speed classes</source>
        <translation>Классы скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="93"/>
        <source>User-defined: good from (Mbps)</source>
        <translation>Пользовательские: хорошо от (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/algorithms/base.py" line="94"/>
        <source>User-defined: bad below (Mbps)</source>
        <translation>Пользовательские: плохо ниже (Мбит/с)</translation>
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
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="103"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="107"/>
        <source>Progress over time</source>
        <translation>Прогресс во времени</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="123"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="123"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="252"/>
        <source>Choose a school layer first.</source>
        <translation>Сначала выберите слой школ.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="248"/>
        <source>Not available in this version: {ids}</source>
        <translation>Недоступно в этой версии: {ids}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="276"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="290"/>
        <source>Stopped; nothing was written.</source>
        <translation>Остановлено; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="296"/>
        <source>Maps written to {folder}</source>
        <translation>Карты сохранены в {folder}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="190"/>
        <source>{layer}, updated at {time}</source>
        <translation>{layer}, обновлено в {time}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="172"/>
        <source>Counting {count} schools…</source>
        <translation>Подсчёт школ: {count}…</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="239"/>
        <source>Import cancelled: no coordinate columns were chosen.</source>
        <translation>Импорт отменён: столбцы координат не выбраны.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="321"/>
        <source>Done. Layers added or updated: {count}.</source>
        <translation>Готово. Слоёв добавлено или обновлено: {count}.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/results_folder.py" line="108"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/dock.py" line="235"/>
        <source>Import cancelled: no sheet or layer was chosen.</source>
        <translation>Импорт отменён: лист или слой не выбран.</translation>
    </message>
</context>
<context>
    <name>SchoolConnectivityOptions</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="22"/>
        <source>Giga Maps colours</source>
        <translation>Цвета Giga Maps</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="23"/>
        <source>Colour-blind safe (Okabe-Ito)</source>
        <translation>Безопасные для дальтоников (Окабэ — Ито)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="28"/>
        <source>Connectivity classes</source>
        <translation>Классы подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="28"/>
        <source>Good from</source>
        <translation>Хорошее — от</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="28"/>
        <source> Mbps</source>
        <translation> Мбит/с</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="28"/>
        <source>Bad below</source>
        <translation>Плохое — ниже</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="34"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="34"/>
        <source>Longest fiber link</source>
        <translation>Самая длинная линия оптоволокна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="34"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="34"/>
        <source>Elevation above</source>
        <translation>Высота более</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source>Costs and budget</source>
        <translation>Затраты и бюджет</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source> USD</source>
        <translation> долл. США</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="70"/>
        <source>Presets</source>
        <translation>Наборы параметров</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="73"/>
        <source>Speed classes</source>
        <translation>Классы скорости</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="79"/>
        <source>Cost model</source>
        <translation>Модель затрат</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="81"/>
        <source>Prioritise by</source>
        <translation>Критерий приоритета</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="86"/>
        <source>Map colours</source>
        <translation>Цвета карты</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="92"/>
        <source>Reload the school layer when its file changes on disk</source>
        <translation>Перезагружать слой школ, когда его файл меняется на диске</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="159"/>
        <source>School Connectivity</source>
        <translation>School Connectivity</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source>CAPEX per phase</source>
        <translation>Капзатраты на этап</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source>New fiber per phase (0: no limit)</source>
        <translation>Новое оптоволокно на этап (0: без ограничения)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="40"/>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="113"/>
        <source>Prices of the cost model: the dock&apos;s Plan group, or any number of it as JSON in &apos;Cost overrides&apos; of the algorithm (docs/cost_model.md).</source>
        <translation>Цены модели затрат: группа «План» панели или любое её число в JSON в параметре «Изменения цен» алгоритма (docs/cost_model.md).</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="88"/>
        <source>Made from the layers&apos; titles</source>
        <translation>Из названий слоёв</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="89"/>
        <source>The data-sources line printed on every map page, e.g. &apos;Ministry of Education school list 2024; KyrgyzTelecom fiber 2023&apos;.</source>
        <translation>Строка источников данных на каждой странице карты, например «Список школ Министерства образования 2024; оптоволокно Кыргызтелеком 2023».</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/options.py" line="91"/>
        <source>Data sources on the maps</source>
        <translation>Источники данных на картах</translation>
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
        <translation>В плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="54"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="294"/>
        <source>Connectivity</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="295"/>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="296"/>
        <source>Not phased</source>
        <translation>Без этапа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="297"/>
        <source>Phase {phase}</source>
        <translation>Этап {phase}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="302"/>
        <source>Not built</source>
        <translation>Не строится</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/maps/styling.py" line="298"/>
        <source>Phases {first}–{last}</source>
        <translation>Этапы {first}–{last}</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="19"/>
        <source>Choose the layer of the school list</source>
        <translation>Выберите слой со списком школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="20"/>
        <source>{file} holds several layers. Choose the one that holds the schools.</source>
        <translation>{file} содержит несколько слоёв. Выберите слой, в котором находятся школы.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="22"/>
        <source>Choose the sheet of the school list</source>
        <translation>Выберите лист со списком школ</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="23"/>
        <source>{file} has several sheets. Choose the one that holds the schools; its header may sit under a title block.</source>
        <translation>В файле {file} несколько листов. Выберите лист со списком школ; строка заголовков может находиться под шапкой документа.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/sheet_dialog.py" line="31"/>
        <source>{name} (coordinates found here)</source>
        <translation>{name} (здесь найдены координаты)</translation>
    </message>
</context>
<context>
    <name>SnapshotChart</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="100"/>
        <source>No snapshots yet. Record one to start following progress over time.</source>
        <translation>Снимков пока нет. Запишите первый, чтобы следить за прогрессом во времени.</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="121"/>
        <source>Connected schools</source>
        <translation>Подключённые школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="116"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="117"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="130"/>
        <source>Schools in the pipeline (burn-down)</source>
        <translation>Школы в плане подключения (диаграмма сгорания)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="134"/>
        <source>At this pace the pipeline is done by {date}</source>
        <translation>При нынешнем темпе план будет выполнен к {date}</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/snapshot_chart.py" line="121"/>
        <source>Connected schools (%)</source>
        <translation>Подключённые школы (%)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="24"/>
        <source>By region</source>
        <translation>По областям</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="24"/>
        <source>By region and district</source>
        <translation>По областям и районам</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/statistics_page.py" line="61"/>
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
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>Connected</source>
        <translation>Подключены</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>In pipeline</source>
        <translation>В плане подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>Hard to connect</source>
        <translation>Труднодоступные</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="25"/>
        <source>Students in unconnected schools</source>
        <translation>Учащиеся в неподключённых школах</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="48"/>
        <source>{count} ({pct} %)</source>
        <translation>{count} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="35"/>
        <source>Why hard to connect:</source>
        <translation>Почему трудно подключить:</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="64"/>
        <source>not in the list</source>
        <translation>нет в списке</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/gui/summary.py" line="66"/>
        <source>at least {count}</source>
        <translation>не менее {count}</translation>
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
<context>
    <name>SurveyForm</name>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="36"/>
        <source>Internet at the school</source>
        <translation>Интернет в школе</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="37"/>
        <source>Measured download (Mbps)</source>
        <translation>Измеренная загрузка (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="38"/>
        <source>Measured upload (Mbps)</source>
        <translation>Измеренная отдача (Мбит/с)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="39"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="40"/>
        <source>Connection type</source>
        <translation>Тип подключения</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="41"/>
        <source>Power supply</source>
        <translation>Электропитание</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="42"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="43"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="44"/>
        <source>Surveyed at</source>
        <translation>Дата обследования</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="45"/>
        <source>Surveyor</source>
        <translation>Обследователь</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="47"/>
        <source>Survey</source>
        <translation>Обследование</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="47"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="48"/>
        <source>(not surveyed)</source>
        <translation>(не обследовано)</translation>
    </message>
    <message>
        <location filename="../school_connectivity_plugin/processing/field/survey_form.py" line="49"/>
        <source>A speed is 0 or more</source>
        <translation>Скорость — 0 или больше</translation>
    </message>
</context>
</TS>
