module "missing" {
  source = "./does-not-exist"
}
