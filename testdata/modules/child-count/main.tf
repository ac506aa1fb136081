# A module calling local child modules: one with a literal count (two queues, named from
# count.index), one named from an input of this module (an approximate name, `*-alerts`).

variable "env" {
  type = string
}

module "queue" {
  source = "./modules/queue"
  count  = 2
  name   = "jobs-${count.index}"
  fifo   = false
}

module "topic" {
  source = "./modules/topic"
  name   = "${var.env}-alerts"
}

output "queue_urls" {
  value = module.queue[*].url
}
