# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_location_geofence_collection" {
  service = "geo"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (location.resourceGeofenceCollectionCreate, location.resourceGeofenceCollectionRead, location.resourceGeofenceCollectionUpdate, location.resourceGeofenceCollectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["geo:DescribeGeofenceCollection", "geo:ListTagsForResource"]
    source  = "location.resourceGeofenceCollectionRead + location.(*servicePackage).ListTags"
  }

  create {
    actions = ["geo:CreateGeofenceCollection", "geo:DescribeGeofenceCollection"]
    source  = "location.resourceGeofenceCollectionCreate"
  }

  update {
    attributes = []
    actions    = ["geo:UpdateGeofenceCollection"]
    source     = "location.resourceGeofenceCollectionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["geo:TagResource", "geo:UntagResource"]
    source     = "location.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["geo:DeleteGeofenceCollection"]
    source  = "location.resourceGeofenceCollectionDelete"
  }
}

resource "aws_location_map" {
  service = "geo"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (location.resourceMapCreate, location.resourceMapRead, location.resourceMapUpdate, location.resourceMapDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["geo:DescribeMap", "geo:ListTagsForResource"]
    source  = "location.resourceMapRead + location.(*servicePackage).ListTags"
  }

  create {
    actions = ["geo:CreateMap", "geo:DescribeMap"]
    source  = "location.resourceMapCreate"
  }

  update {
    attributes = []
    actions    = ["geo:UpdateMap"]
    source     = "location.resourceMapUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["geo:TagResource", "geo:UntagResource"]
    source     = "location.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["geo:DeleteMap"]
    source  = "location.resourceMapDelete"
  }
}

resource "aws_location_place_index" {
  service = "geo"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (location.resourcePlaceIndexCreate, location.resourcePlaceIndexRead, location.resourcePlaceIndexUpdate, location.resourcePlaceIndexDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["geo:DescribePlaceIndex", "geo:ListTagsForResource"]
    source  = "location.resourcePlaceIndexRead + location.(*servicePackage).ListTags"
  }

  create {
    actions = ["geo:CreatePlaceIndex", "geo:DescribePlaceIndex"]
    source  = "location.resourcePlaceIndexCreate"
  }

  update {
    attributes = []
    actions    = ["geo:UpdatePlaceIndex"]
    source     = "location.resourcePlaceIndexUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["geo:TagResource", "geo:UntagResource"]
    source     = "location.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["geo:DeletePlaceIndex"]
    source  = "location.resourcePlaceIndexDelete"
  }
}

resource "aws_location_route_calculator" {
  service = "geo"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (location.resourceRouteCalculatorCreate, location.resourceRouteCalculatorRead, location.resourceRouteCalculatorUpdate, location.resourceRouteCalculatorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["geo:DescribeRouteCalculator", "geo:ListTagsForResource"]
    source  = "location.resourceRouteCalculatorRead + location.(*servicePackage).ListTags"
  }

  create {
    actions = ["geo:CreateRouteCalculator", "geo:DescribeRouteCalculator"]
    source  = "location.resourceRouteCalculatorCreate"
  }

  update {
    attributes = []
    actions    = ["geo:UpdateRouteCalculator"]
    source     = "location.resourceRouteCalculatorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["geo:TagResource", "geo:UntagResource"]
    source     = "location.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["geo:DeleteRouteCalculator"]
    source  = "location.resourceRouteCalculatorDelete"
  }
}

resource "aws_location_tracker" {
  service = "geo"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (location.resourceTrackerCreate, location.resourceTrackerRead, location.resourceTrackerUpdate, location.resourceTrackerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["geo:DescribeTracker", "geo:ListTagsForResource"]
    source  = "location.resourceTrackerRead + location.(*servicePackage).ListTags"
  }

  create {
    actions = ["geo:CreateTracker", "geo:DescribeTracker"]
    source  = "location.resourceTrackerCreate"
  }

  update {
    attributes = []
    actions    = ["geo:UpdateTracker"]
    source     = "location.resourceTrackerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["geo:TagResource", "geo:UntagResource"]
    source     = "location.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["geo:DeleteTracker"]
    source  = "location.resourceTrackerDelete"
  }
}

resource "aws_location_tracker_association" {
  service = "geo"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (location.resourceTrackerAssociationCreate, location.resourceTrackerAssociationRead, location.resourceTrackerAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["geo:ListTrackerConsumers"]
    source  = "location.resourceTrackerAssociationRead"
  }

  create {
    actions = ["geo:AssociateTrackerConsumer", "geo:ListTrackerConsumers"]
    source  = "location.resourceTrackerAssociationCreate"
  }

  delete {
    actions = ["geo:DisassociateTrackerConsumer"]
    source  = "location.resourceTrackerAssociationDelete"
  }
}

data "aws_location_geofence_collection" {
  service = "geo"
  source  = "import: pike data/geo/aws_location_geofence_collection.json"

  read {
    actions = ["geo:DescribeGeofenceCollection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_location_map" {
  service = "geo"
  source  = "import: pike data/geo/aws_location_map.json"

  read {
    actions = ["geo:DescribeMap"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_location_place_index" {
  service = "geo"
  source  = "import: pike data/geo/aws_location_place_index.json"

  read {
    actions = ["geo:DescribePlaceIndex"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_location_route_calculator" {
  service = "geo"
  source  = "import: pike data/geo/aws_location_route_calculator.json"

  read {
    actions = ["geo:DescribeRouteCalculator"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_location_tracker" {
  service = "geo"
  source  = "import: pike data/geo/aws_location_tracker.json"

  read {
    actions = ["geo:DescribeTracker"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_location_tracker_association" {
  service = "geo"
  source  = "import: pike data/geo/aws_location_tracker_association.json"

  read {
    actions = ["geo:DescribeGeofenceCollection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_location_tracker_associations" {
  service = "geo"
  source  = "import: pike data/geo/aws_location_tracker_associations.json"

  read {
    actions = ["geo:ListTrackerConsumers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
