# The provisioning policy shipped with the module, written by hand: it forgot that creating
# (and re-tagging) the queue with tags needs sqs:TagQueue.

resource "aws_iam_policy" "provisioner" {
  name = "missing-action-provisioner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "sqs:CreateQueue",
          "sqs:DeleteQueue",
          "sqs:GetQueueAttributes",
          "sqs:ListQueueTags",
          "sqs:UntagQueue",
        ]
        Resource = "arn:aws:sqs:*:*:missing-action-events"
      },
      {
        Effect   = "Allow"
        Action   = ["logs:*RetentionPolicy", "logs:CreateLogGroup", "logs:DeleteLogGroup", "logs:ListTagsForResource"]
        Resource = "arn:aws:logs:*:*:log-group:/missing-action/*"
      },
      {
        Effect   = "Allow"
        Action   = ["logs:DescribeLogGroups", "sts:GetCallerIdentity"]
        Resource = "*"
      },
    ]
  })
}
