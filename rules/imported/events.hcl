# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudwatch_event_api_destination" {
  service = "events"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (events.resourceAPIDestinationCreate, events.resourceAPIDestinationRead, events.resourceAPIDestinationUpdate, events.resourceAPIDestinationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["events:DescribeApiDestination"]
    source  = "events.resourceAPIDestinationRead"
  }

  create {
    actions = ["events:CreateApiDestination", "events:DescribeApiDestination"]
    source  = "events.resourceAPIDestinationCreate"
  }

  update {
    attributes = []
    actions    = ["events:UpdateApiDestination"]
    source     = "events.resourceAPIDestinationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["events:DeleteApiDestination"]
    source  = "events.resourceAPIDestinationDelete"
  }
}

resource "aws_cloudwatch_event_archive" {
  service = "events"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (events.resourceArchiveCreate, events.resourceArchiveRead, events.resourceArchiveUpdate, events.resourceArchiveDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["events:DescribeArchive"]
    source  = "events.resourceArchiveRead"
  }

  create {
    actions = ["events:CreateArchive", "events:DescribeArchive"]
    source  = "events.resourceArchiveCreate"
  }

  update {
    attributes = []
    actions    = ["events:UpdateArchive"]
    source     = "events.resourceArchiveUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["events:DeleteArchive"]
    source  = "events.resourceArchiveDelete"
  }
}

resource "aws_cloudwatch_event_bus_policy" {
  service = "events"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (events.resourceBusPolicyPut, events.resourceBusPolicyRead, events.resourceBusPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["events:DescribeEventBus"]
    source  = "events.resourceBusPolicyRead"
  }

  create {
    actions = ["events:DescribeEventBus", "events:PutPermission"]
    source  = "events.resourceBusPolicyPut"
  }

  update {
    attributes = []
    actions    = ["events:PutPermission"]
    source     = "events.resourceBusPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["events:RemovePermission"]
    source  = "events.resourceBusPolicyDelete"
  }
}

resource "aws_cloudwatch_event_connection" {
  service = "events"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (events.resourceConnectionCreate, events.resourceConnectionRead, events.resourceConnectionUpdate, events.resourceConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["events:DescribeConnection"]
    source  = "events.resourceConnectionRead"
  }

  create {
    actions = ["events:CreateConnection", "events:DescribeConnection"]
    source  = "events.resourceConnectionCreate"
  }

  update {
    attributes = []
    actions    = ["events:UpdateConnection"]
    source     = "events.resourceConnectionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["events:DeleteConnection", "events:DescribeConnection"]
    source  = "events.resourceConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudwatch_event_endpoint" {
  service = "events"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (events.resourceEndpointCreate, events.resourceEndpointRead, events.resourceEndpointUpdate, events.resourceEndpointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["events:DescribeEndpoint"]
    source  = "events.resourceEndpointRead"
  }

  create {
    actions = ["events:CreateEndpoint", "events:DescribeEndpoint"]
    source  = "events.resourceEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["events:UpdateEndpoint"]
    source     = "events.resourceEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["events:DeleteEndpoint", "events:DescribeEndpoint"]
    source  = "events.resourceEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudwatch_event_permission" {
  service = "events"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (events.resourcePermissionCreate, events.resourcePermissionRead, events.resourcePermissionUpdate, events.resourcePermissionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["events:DescribeEventBus"]
    source  = "events.resourcePermissionRead"
  }

  create {
    actions = ["events:DescribeEventBus", "events:PutPermission"]
    source  = "events.resourcePermissionCreate"
  }

  update {
    attributes = []
    actions    = ["events:PutPermission"]
    source     = "events.resourcePermissionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["events:RemovePermission"]
    source  = "events.resourcePermissionDelete"
  }
}

data "aws_cloudwatch_event_bus" {
  service = "events"
  source  = "import: pike data/cloudwatch/aws_cloudwatch_event_bus.json"

  read {
    actions = ["events:DescribeEventBus"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudwatch_event_buses" {
  service = "events"
  source  = "import: pike data/cloudwatch/aws_cloudwatch_event_buses.json"

  read {
    actions = ["events:ListEventBuses"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudwatch_event_connection" {
  service = "events"
  source  = "import: pike data/cloudwatch/aws_cloudwatch_event_connection.json"

  read {
    actions = ["events:DescribeConnection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudwatch_event_source" {
  service = "events"
  source  = "import: pike data/cloudwatch/aws_cloudwatch_event_source.json"

  read {
    actions = ["events:ListEventSources"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
