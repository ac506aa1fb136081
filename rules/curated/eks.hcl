# Amazon EKS (IAM prefix eks): hand-curated rules (this batch: the aws_eks_cluster data source).

data "aws_eks_cluster" {
  service = "eks"
  source  = "terraform-provider-aws 0010044f3e160a5c3b3250cc2c040e7cc0760018 internal/service/eks/cluster_data_source.go"

  read {
    actions = ["eks:DescribeCluster"]
    source  = "dataSourceClusterRead (FindClusterByName: DescribeCluster; tags from the response)"
  }
}
