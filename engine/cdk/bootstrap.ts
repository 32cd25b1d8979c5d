/** What the default stack synthesizer adds to every template. */
export const bootstrapParameters = {
  BootstrapVersion: {
    Type: 'AWS::SSM::Parameter::Value<String>',
    Default: '/cdk-bootstrap/hnb659fds/version',
    Description:
      'Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]',
  },
};

export const bootstrapRules = {
  CheckBootstrapVersion: {
    Assertions: [
      {
        Assert: {
          'Fn::Not': [{ 'Fn::Contains': [['1', '2', '3', '4', '5'], { Ref: 'BootstrapVersion' }] }],
        },
        AssertDescription:
          "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent version of the CDK CLI.",
      },
    ],
  },
};
