"""What the plugin draws and prints: school, fiber, route and region styles, the layout templates, and the planning
map pages with their export."""
