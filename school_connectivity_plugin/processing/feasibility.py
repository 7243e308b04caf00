"""Where other technologies than fiber can reach a school: microwave (a fiber node in range the school can see over
the terrain) and cellular (coverage polygons, or a tower in range), read from layers for core.planning."""
from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsWkbTypes

from ..core.network.boundary import points_in_polygons
from ..core.network.line_of_sight import p2p_links
from ..core.planning.costs import CostModel
from ..core.planning.routes import nearest_point
from .io import geometry, raster, reading


def p2p_reach(schools: pd.DataFrame, rows: np.ndarray, nodes: list, dem_layer, model: CostModel,
              feedback=None) -> tuple[np.ndarray, np.ndarray]:
    """Per school of `rows`: distance (m) to the nearest fiber node in range it can see, and that node's id
    ('layer:fid'); NaN and None where none is in sight."""
    distance = np.full(len(schools), np.nan)
    node_id = np.full(len(schools), None, dtype=object)
    ids, lon, lat = [], [], []
    for layer in nodes:
        fids, node_lon, node_lat = reading.read_point_coordinates(layer, feedback)
        ids += [f"{layer.name()}:{fid}" for fid in fids.tolist()]
        lon.append(node_lon)
        lat.append(node_lat)
    links = p2p_links(raster.read_dem(dem_layer), schools["longitude"].to_numpy(float)[rows],
                      schools["latitude"].to_numpy(float)[rows], np.concatenate(lon), np.concatenate(lat),
                      model.p2p.range_m, model.school_antenna_m, model.node_antenna_m)
    found = links.node_index >= 0
    distance[rows[found]] = links.distance_m[found]
    node_id[rows[found]] = np.asarray(ids, dtype=object)[links.node_index[found]]
    return distance, node_id


def cellular_reach(schools: pd.DataFrame, towers, model: CostModel, feedback=None) -> np.ndarray:
    """Inside a coverage polygon, or within the model's cellular range of a tower point."""
    lon, lat = schools["longitude"].to_numpy(float), schools["latitude"].to_numpy(float)
    if QgsWkbTypes.geometryType(towers.wkbType()) == QgsWkbTypes.PolygonGeometry:
        return np.asarray(points_in_polygons(lon, lat, geometry.polygon_rings(towers)), dtype=bool)
    _, tower_lon, tower_lat = reading.read_point_coordinates(towers, feedback)
    usable = np.isfinite(tower_lon) & np.isfinite(tower_lat)
    _, metres = nearest_point(lon, lat, tower_lon[usable], tower_lat[usable])
    return metres <= model.cellular.range_m
