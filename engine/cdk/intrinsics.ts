/** CloudFormation intrinsic shapes as CDK renders them. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export const ref = (logicalId: string): Json => ({ Ref: logicalId });
export const getAtt = (logicalId: string, attribute: string): Json => ({
  'Fn::GetAtt': [logicalId, attribute],
});

/** `arn:${AWS::Partition}:iam::<account>:root`, as AccountPrincipal and AccountRootPrincipal render. */
export function accountRootArn(account?: string): Json {
  const partition = { Ref: 'AWS::Partition' };
  if (account !== undefined)
    return { 'Fn::Join': ['', ['arn:', partition, `:iam::${account}:root`]] };
  return {
    'Fn::Join': ['', ['arn:', partition, ':iam::', { Ref: 'AWS::AccountId' }, ':root']],
  };
}
