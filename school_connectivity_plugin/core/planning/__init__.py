"""What to build, where and when: the operator's work plan matched to schools, shared fiber routes, costs,
technology choice and construction phases. Imports core.definitions, core.network and core.schools."""
