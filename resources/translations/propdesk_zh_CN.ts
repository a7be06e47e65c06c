<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLabels</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Rework of</source>
        <translation>返修原单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>暂停记录</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Revisited</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Revisit comment</source>
        <translation>回访意见</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Working hours to</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已还原</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>转办时间</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>处理完成时间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Office head informed</source>
        <translation>已报告管理处负责人</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Reason for the verdict</source>
        <translation>认定理由</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Rotation days</source>
        <translation>轮换日</translation>
    </message>
    <message>
        <source>Rotation direction</source>
        <translation>轮换方向</translation>
    </message>
    <message>
        <source>Rotation anchor</source>
        <translation>轮换基准日</translation>
    </message>
    <message>
        <source>Minimum rest</source>
        <translation>最短休息时间</translation>
    </message>
    <message>
        <source>Night spot checks a month</source>
        <translation>每月夜间查岗次数</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>班位数</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Round length</source>
        <translation>每圈时长</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>允许偏差</translation>
    </message>
    <message>
        <source>Rounds per shift</source>
        <translation>每班圈数</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>巡更点</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>护卫员</translation>
    </message>
    <message>
        <source>Scans stored</source>
        <translation>导入打卡数</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Taken over at</source>
        <translation>接班时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Visitor, plate or title</source>
        <translation>来访人、车牌或事件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>处置时间</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Security set-up</source>
        <translation>秩序维护设置</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Patrol route</source>
        <translation>巡更路线</translation>
    </message>
    <message>
        <source>Patrol scan</source>
        <translation>巡更打卡</translation>
    </message>
    <message>
        <source>Patrol import</source>
        <translation>巡更数据导入</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>遗留事项</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>查岗</translation>
    </message>
    <message>
        <source>Cluster limit</source>
        <translation>聚集上限</translation>
    </message>
    <message>
        <source>Cluster days</source>
        <translation>聚集统计天数</translation>
    </message>
    <message>
        <source>Days to rectify a monthly finding</source>
        <translation>月检不合格项整改天数</translation>
    </message>
    <message>
        <source>Warnings allowing termination</source>
        <translation>可终止合同的警告次数</translation>
    </message>
    <message>
        <source>Area type</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>分包方</translation>
    </message>
    <message>
        <source>Rectification deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Report required</source>
        <translation>需纠正措施报告</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改时间</translation>
    </message>
    <message>
        <source>Rectified by</source>
        <translation>整改人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>整改说明</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>验证时间</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>关闭人</translation>
    </message>
    <message>
        <source>Report: cause analysis</source>
        <translation>报告：原因分析</translation>
    </message>
    <message>
        <source>Report: corrective action</source>
        <translation>报告：纠正措施</translation>
    </message>
    <message>
        <source>Report: owner</source>
        <translation>报告：责任人</translation>
    </message>
    <message>
        <source>Report: due</source>
        <translation>报告：完成期限</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>From nonconformance</source>
        <translation>来源不合格项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Monthly fee (yuan)</source>
        <translation>月服务费（元）</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>合同结束</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>Nonconformance</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>消杀区域</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>消杀方式</translation>
    </message>
    <message>
        <source>corrected on the spot</source>
        <translation>当场纠正</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a sheet line&apos;s result</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Inspection set-up</source>
        <translation>清洁绿化设置</translation>
    </message>
    <message>
        <source>Inspection template</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>书面警告</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Pest-control visit</source>
        <translation>消杀作业登记</translation>
    </message>
    <message>
        <source>Line %1 note</source>
        <translation>检查项目 %1 备注</translation>
    </message>
    <message>
        <source>Line %1 photos</source>
        <translation>检查项目 %1 照片</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>检查项目 %1</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>楼栋 %1</translation>
    </message>
    <message>
        <source>Ground zone %1</source>
        <translation>地块 %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>检查项目 %1</translation>
    </message>
    <message>
        <source>Sample rule</source>
        <translation>抽检规则</translation>
    </message>
    <message>
        <source>Signed off at</source>
        <translation>签核时间</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Signed out at</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI目标值</translation>
    </message>
    <message>
        <source>KPI figure</source>
        <translation>指标录入</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Frozen KPI report</source>
        <translation>冻结报告</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <source>%1 account</source>
        <translation>%1账号</translation>
    </message>
    <message>
        <source>wrong name or password (%1 in a row)</source>
        <translation>登录名或密码错误（连续第 %1 次）</translation>
    </message>
    <message>
        <source>the account is inactive</source>
        <translation>该账号已停用</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>restored %1; the data before is in %2</source>
        <translation>已还原 %1；还原前的数据保存在 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>imported from %1:%2</source>
        <translation>从 %1 第 %2 行导入</translation>
    </message>
    <message>
        <source>%1 (%2 rules) from %3</source>
        <translation>%1（%2 条规则），来自 %3</translation>
    </message>
    <message>
        <source>holiday year imported from %1</source>
        <translation>从 %1 导入的节假日年份</translation>
    </message>
    <message>
        <source>routed: %1</source>
        <translation>转办：%1</translation>
    </message>
    <message>
        <source>judged: valid</source>
        <translation>认定为有效投诉</translation>
    </message>
    <message>
        <source>judged: not valid</source>
        <translation>认定为无效投诉</translation>
    </message>
    <message>
        <source>security set-up saved</source>
        <translation>保存秩序维护设置</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>generated again</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>替班</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>published with %1 warning(s)</source>
        <translation>发布（确认 %1 条警告）</translation>
    </message>
    <message>
        <source>version from %1</source>
        <translation>自 %1 起生效的版本</translation>
    </message>
    <message>
        <source>scan entered by hand</source>
        <translation>手工补录打卡</translation>
    </message>
    <message>
        <source>%1 scans imported, %2 already stored</source>
        <translation>导入 %1 条打卡，%2 条已存在</translation>
    </message>
    <message>
        <source>handover recorded</source>
        <translation>登记交接班</translation>
    </message>
    <message>
        <source>signed by the outgoing leader</source>
        <translation>交班人补签</translation>
    </message>
    <message>
        <source>signed by the incoming leader</source>
        <translation>接班人补签</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>登记离开</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>处置完毕</translation>
    </message>
    <message>
        <source>visitor: %1</source>
        <translation>来访：%1</translation>
    </message>
    <message>
        <source>vehicle: %1</source>
        <translation>车辆：%1</translation>
    </message>
    <message>
        <source>incident: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>night check by %1: %2 finding(s)</source>
        <translation>%1 夜间查岗：发现 %2 个问题</translation>
    </message>
    <message>
        <source>check by %1: %2 finding(s)</source>
        <translation>%1 查岗：发现 %2 个问题</translation>
    </message>
    <message>
        <source>raised: %1</source>
        <translation>提出不合格项：%1</translation>
    </message>
    <message>
        <source>raised and corrected on the spot: %1</source>
        <translation>提出并当场纠正：%1</translation>
    </message>
    <message>
        <source>inspection set-up saved</source>
        <translation>已保存清洁绿化设置</translation>
    </message>
    <message>
        <source>new version from %1</source>
        <translation>新版本，%1 起生效</translation>
    </message>
    <message>
        <source>daily sheet started: %1 %2</source>
        <translation>开始日检：%1 %2</translation>
    </message>
    <message>
        <source>monthly sample of %1 started: %2 %3</source>
        <translation>开始 %1 月检：%2 %3</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>已保存草稿</translation>
    </message>
    <message>
        <source>signed off: %1 failed</source>
        <translation>已签核：%1 项不合格</translation>
    </message>
    <message>
        <source>amended line %1 (%2): %3 → %4: %5</source>
        <translation>更正第 %1 项（%2）：%3 → %4，更正原因：%5</translation>
    </message>
    <message>
        <source>cause and contractor set</source>
        <translation>已确定原因和分包方</translation>
    </message>
    <message>
        <source>rectified after the deadline</source>
        <translation>超过整改期限后整改</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>验证通过</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>验证不通过：%1</translation>
    </message>
    <message>
        <source>corrective action report recorded</source>
        <translation>已登记纠正措施报告</translation>
    </message>
    <message>
        <source>preventive action: %1</source>
        <translation>预防措施：%1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>contractor changed</source>
        <translation>已修改分包方</translation>
    </message>
    <message>
        <source>contractor added</source>
        <translation>已新增分包方</translation>
    </message>
    <message>
        <source>written warning %1 in a year: the subcontract may be terminated</source>
        <translation>一年内第 %1 次书面警告：可终止分包合同</translation>
    </message>
    <message>
        <source>written warning %1 in a year</source>
        <translation>一年内第 %1 次书面警告</translation>
    </message>
    <message>
        <source>%1 deducted from the fee of %2</source>
        <translation>从 %2 月服务费中扣款 %1 元</translation>
    </message>
    <message>
        <source>%1 of %2 signed in</source>
        <translation>%2 的 %1 已签到</translation>
    </message>
    <message>
        <source>%1 signed out</source>
        <translation>%1 已签退</translation>
    </message>
    <message>
        <source>nonconformance withdrawn: %1</source>
        <translation>不合格项已撤销：%1</translation>
    </message>
    <message>
        <source>targets from %1</source>
        <translation>目标值自 %1 起生效</translation>
    </message>
    <message>
        <source>note cleared</source>
        <translation>已清除整改措施</translation>
    </message>
    <message>
        <source>corrective action noted</source>
        <translation>已记录整改措施</translation>
    </message>
    <message>
        <source>report frozen as of %1</source>
        <translation>报告已冻结，数据截至 %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Only what this person did</source>
        <translation>只看此人的操作</translation>
    </message>
    <message>
        <source>Only records of this type</source>
        <translation>只看此类记录</translation>
    </message>
    <message>
        <source>Only records whose key starts with this: an order code, a site code, a name</source>
        <translation>只看编号以此开头的记录：工单号、项目代码、姓名</translation>
    </message>
    <message>
        <source>Record starts with…</source>
        <translation>记录开头为…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>Only entries made on or after this day</source>
        <translation>只看这一天及以后的记录</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Only entries made on or before this day</source>
        <translation>只看这一天及以前的记录</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>重置(&amp;S)</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除全部筛选条件</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the trail again</source>
        <translation>重新读取审计日志</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose where the backups go, ideally another disk</source>
        <translation>选择备份存放的位置，最好是另一块磁盘</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>newest backups</source>
        <translation>份最新备份</translation>
    </message>
    <message>
        <source>When PropDesk starts and the folder has no backup of the day yet, it makes one, and then deletes the oldest beyond this number. Backups are made while people work: nobody has to leave.</source>
        <translation>PropDesk 启动时，如果文件夹中还没有当天的备份，就自动备份一次，并删除超出此数量的最旧备份。备份时大家可以照常工作，无需退出。</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>文件夹中的备份</translation>
    </message>
    <message>
        <source>Make a backup of the database now, into the folder</source>
        <translation>立即备份数据库到备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Replace all data with the selected backup&apos;s</source>
        <translation>用所选备份替换全部数据</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>还原(&amp;R)…</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Read the whole database file and report any damage (may take minutes on a large database; you can keep working)</source>
        <translation>读取整个数据库文件并报告损坏情况（大型数据库可能需要几分钟，期间可以继续工作）</translation>
    </message>
    <message>
        <source>C&amp;heck database</source>
        <translation>检查数据库(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ComplaintEventDialog</name>
    <message>
        <source>&amp;Department:</source>
        <translation>责任部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>整改措施(&amp;M)：</translation>
    </message>
    <message>
        <source>Office &amp;head:</source>
        <translation>管理处负责人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ComplaintHistoryView</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>How the complaint came in</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Department the complaint is with now</source>
        <translation>当前责任部门</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>Only complaints received on or after this day</source>
        <translation>只显示该日及以后受理的投诉</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Only complaints received on or before this day</source>
        <translation>只显示该日及以前受理的投诉</translation>
    </message>
    <message>
        <source>Search complaint, resident, phone, location, description, first responder</source>
        <translation>搜索投诉编号、投诉人、电话、位置、投诉内容、首问责任人</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除全部筛选条件</translation>
    </message>
    <message>
        <source>Verdict: valid complaint or not</source>
        <translation>判定：是否有效投诉</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeForm</name>
    <message>
        <source>&amp;Channel:</source>
        <translation>投诉渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Building-unit-room or a common area</source>
        <translation>楼栋-单元-房号或公共区域</translation>
    </message>
    <message>
        <source>&amp;Resident:</source>
        <translation>投诉人(&amp;R)：</translation>
    </message>
    <message>
        <source>Who complains</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>回电号码</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>投诉类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>投诉内容(&amp;D)：</translation>
    </message>
    <message>
        <source>What the resident complains about, in their words</source>
        <translation>业主投诉的内容（尽量记录原话）</translation>
    </message>
    <message>
        <source>Route &amp;to:</source>
        <translation>转办部门(&amp;T)：</translation>
    </message>
    <message>
        <source>The department that is to resolve it; leave it for later when you do not know yet</source>
        <translation>负责处理的部门；暂不确定可稍后再转办</translation>
    </message>
    <message>
        <source>&amp;Work order:</source>
        <translation>相关工单(&amp;W)：</translation>
    </message>
    <message>
        <source>Code of the order it concerns (optional)</source>
        <translation>所涉工单编号（可选）</translation>
    </message>
    <message>
        <source>Recei&amp;ved at:</source>
        <translation>受理时间(&amp;V)：</translation>
    </message>
    <message>
        <source>When the resident complained: now, or earlier for a complaint written down after the fact</source>
        <translation>业主投诉的时间：默认为现在，事后补录时填写实际时间</translation>
    </message>
    <message>
        <source>First responder:</source>
        <translation>首问责任人：</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Take complaint</source>
        <translation>受理投诉</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>channel</comment>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <comment>category</comment>
        <translation>保洁</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>category</comment>
        <translation>安保秩序</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>department</comment>
        <translation>秩序维护部</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <comment>department</comment>
        <translation>保洁部</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服部</translation>
    </message>
    <message>
        <source>Management office</source>
        <translation>管理处</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>status</comment>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Routed</source>
        <comment>status</comment>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Responded</source>
        <comment>status</comment>
        <translation>已响应</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>status</comment>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Replied</source>
        <comment>status</comment>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Revisited</source>
        <comment>status</comment>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>status</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>event</comment>
        <translation>受理</translation>
    </message>
    <message>
        <source>Routed</source>
        <comment>event</comment>
        <translation>转办</translation>
    </message>
    <message>
        <source>Responded</source>
        <comment>event</comment>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>event</comment>
        <translation>处理完毕</translation>
    </message>
    <message>
        <source>Replied</source>
        <comment>event</comment>
        <translation>回复业主</translation>
    </message>
    <message>
        <source>Revisited</source>
        <comment>event</comment>
        <translation>回访</translation>
    </message>
    <message>
        <source>Judged</source>
        <comment>event</comment>
        <translation>判定</translation>
    </message>
    <message>
        <source>Linked to a work order</source>
        <comment>event</comment>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>event</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>event</comment>
        <translation>撤诉</translation>
    </message>
</context>
<context>
    <name>ComplaintLinkDialog</name>
    <message>
        <source>&amp;Work order:</source>
        <translation>相关工单(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ComplaintRevisitDialog</name>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>回访意见(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ComplaintSummary</name>
    <message>
        <source>no location</source>
        <translation>未填位置</translation>
    </message>
    <message>
        <source>Received %1 via %2, from %3</source>
        <translation>%1 %2受理，投诉人：%3</translation>
    </message>
    <message>
        <source>an unnamed resident</source>
        <translation>未留姓名</translation>
    </message>
</context>
<context>
    <name>ComplaintWorkOrderDialog</name>
    <message>
        <source>&amp;Category:</source>
        <translation>维修类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>问题描述(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>T&amp;echnician:</source>
        <translation>维修人员(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>DispatchSlip</name>
    <message>
        <source>paused (on hold)</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>%1 (agreed time)</source>
        <translation>%1（约定时间）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Dispatch slip</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>报修位置</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Arrive by</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>完工时限</translation>
    </message>
    <message>
        <source>To be filled in on site</source>
        <translation>现场填写</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>所用材料</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Resident&apos;s signature</source>
        <translation>业主签字</translation>
    </message>
    <message>
        <source>Technician&apos;s signature</source>
        <translation>维修人员签字</translation>
    </message>
    <message>
        <source>Printed %1 by %2 · PropDesk</source>
        <translation>%1 由 %2 打印 · PropDesk</translation>
    </message>
    <message>
        <source>Dispatch slip %1</source>
        <translation>派工单 %1</translation>
    </message>
    <message>
        <source>PropDesk</source>
        <translation>PropDesk</translation>
    </message>
    <message>
        <source>The dispatch slip cannot be printed.</source>
        <translation>无法打印派工单。</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export work orders</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>项目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Sets the date range to one month</source>
        <translation>将日期范围设为一个月</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>报修时间：</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>The first administrator – PropDesk</source>
        <translation>首位系统管理员 – PropDesk</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>登录名(&amp;S)：</translation>
    </message>
    <message>
        <source>What you type to sign in, e.g. admin</source>
        <translation>登录时输入的名称，例如 admin</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Your name as the history shows it, e.g. 周建国</source>
        <translation>处理记录中显示的姓名，例如 周建国</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Show the orders of one site or of all sites</source>
        <translation>显示某个项目或全部项目的工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Technician the order was dispatched to</source>
        <translation>工单所派的维修人员</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>Only orders reported on or after this day</source>
        <translation>仅显示该日及之后报修的工单</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Only orders reported on or before this day</source>
        <translation>仅显示该日及之前报修的工单</translation>
    </message>
    <message>
        <source>Search order, location, reporter, phone, description</source>
        <translation>搜索工单号、位置、报修人、电话、描述</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Clear every filter but the site</source>
        <translation>清除除项目外的所有筛选条件</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import work orders</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose a file exported from PropDesk or a spreadsheet (UTF-8 CSV)</source>
        <translation>选择从 PropDesk 或电子表格导出的文件（UTF-8 编码的 CSV）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>项目(&amp;S)：</translation>
    </message>
    <message>
        <source>The site of rows that name none; rows naming another site are refused</source>
        <translation>未注明项目的行归入此项目；注明其他项目的行将被拒绝</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <source>Ground and green belts</source>
        <translation>首层地面及绿化带</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>首层大堂</translation>
    </message>
    <message>
        <source>Standard floors</source>
        <translation>标准层</translation>
    </message>
    <message>
        <source>Office floors</source>
        <translation>写字楼标准层</translation>
    </message>
    <message>
        <source>Drains and wells</source>
        <translation>下水道、沙井、污水井</translation>
    </message>
    <message>
        <source>Basement car park</source>
        <translation>地下停车场</translation>
    </message>
    <message>
        <source>Roofs and plant floors</source>
        <translation>天台、设备层</translation>
    </message>
    <message>
        <source>Stainless steel</source>
        <translation>不锈钢</translation>
    </message>
    <message>
        <source>Refuse points</source>
        <translation>垃圾收集点</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洁</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>绿化</translation>
    </message>
    <message>
        <source>pcs</source>
        <comment>weight unit: a count</comment>
        <translation>个</translation>
    </message>
    <message>
        <source>Whole site</source>
        <comment>sample scope</comment>
        <translation>全项目</translation>
    </message>
    <message>
        <source>Rotating ground zone</source>
        <comment>sample scope</comment>
        <translation>轮换地块</translation>
    </message>
    <message>
        <source>Sampled buildings</source>
        <comment>sample scope</comment>
        <translation>抽查楼栋</translation>
    </message>
    <message>
        <source>Each building</source>
        <comment>sample scope</comment>
        <translation>每栋</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Office tower</source>
        <translation>写字楼</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>sheet kind</comment>
        <translation>日检</translation>
    </message>
    <message>
        <source>Monthly sample</source>
        <comment>sheet kind</comment>
        <translation>月检</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>sheet status</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>sheet status</comment>
        <translation>已签核</translation>
    </message>
    <message>
        <source>Not checked</source>
        <comment>item result</comment>
        <translation>未检</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>item result</comment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>item result</comment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>item result: not applicable</comment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>severity</comment>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>nonconformance state</comment>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Rectified</source>
        <comment>nonconformance state</comment>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Verified</source>
        <comment>nonconformance state</comment>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>nonconformance state</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>nonconformance state</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Raised</source>
        <comment>nonconformance event</comment>
        <translation>提出</translation>
    </message>
    <message>
        <source>Rectified</source>
        <comment>nonconformance event</comment>
        <translation>整改</translation>
    </message>
    <message>
        <source>Verification passed</source>
        <comment>nonconformance event</comment>
        <translation>验证通过</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <comment>nonconformance event</comment>
        <translation>验证不通过</translation>
    </message>
    <message>
        <source>Corrective action report</source>
        <comment>nonconformance event</comment>
        <translation>纠正措施报告</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>nonconformance event</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>nonconformance event</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Pest control</source>
        <translation>消杀</translation>
    </message>
    <message>
        <source>Ground surface</source>
        <translation>地面</translation>
    </message>
    <message>
        <source>Green belts</source>
        <translation>绿化带</translation>
    </message>
    <message>
        <source>Plant care</source>
        <translation>植物养护</translation>
    </message>
    <message>
        <source>Shaping and pruning</source>
        <translation>植物造型和修剪</translation>
    </message>
    <message>
        <source>Pest and disease control</source>
        <translation>病虫害防治</translation>
    </message>
    <message>
        <source>Watering and fertilising</source>
        <translation>浇水与施肥</translation>
    </message>
    <message>
        <source>Marble floor</source>
        <translation>大理石地面</translation>
    </message>
    <message>
        <source>Walls</source>
        <translation>墙面</translation>
    </message>
    <message>
        <source>Corridor floor tiles</source>
        <translation>通道地面砖</translation>
    </message>
    <message>
        <source>Wall tiles</source>
        <translation>墙面砖</translation>
    </message>
    <message>
        <source>Fire hydrants</source>
        <translation>消防栓</translation>
    </message>
    <message>
        <source>Fire doors</source>
        <translation>防火门</translation>
    </message>
    <message>
        <source>Vents</source>
        <translation>排风口</translation>
    </message>
    <message>
        <source>Back-stair handrails</source>
        <translation>后楼梯扶手</translation>
    </message>
    <message>
        <source>Bin points</source>
        <translation>垃圾桶摆放处</translation>
    </message>
    <message>
        <source>Corridor facilities</source>
        <translation>通道公共设施</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>洗手间</translation>
    </message>
    <message>
        <source>Pantries</source>
        <translation>茶水房</translation>
    </message>
    <message>
        <source>Drains</source>
        <translation>下水道</translation>
    </message>
    <message>
        <source>Sand wells</source>
        <translation>沙井</translation>
    </message>
    <message>
        <source>Sewage wells</source>
        <translation>污水井</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>管线</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>天棚</translation>
    </message>
    <message>
        <source>Roof floor</source>
        <translation>天台地面</translation>
    </message>
    <message>
        <source>Plant floor</source>
        <translation>设备层地面</translation>
    </message>
    <message>
        <source>Shared facilities</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Lift cars</source>
        <translation>电梯轿厢</translation>
    </message>
    <message>
        <source>Lift landing doors</source>
        <translation>电梯外厅门</translation>
    </message>
    <message>
        <source>Warning signs and rails</source>
        <translation>地面警示牌、围栏</translation>
    </message>
    <message>
        <source>Refuse removal</source>
        <translation>垃圾清运</translation>
    </message>
    <message>
        <source>Odour</source>
        <translation>异味</translation>
    </message>
    <message>
        <source>Supervised removal</source>
        <translation>清运监督</translation>
    </message>
    <message>
        <source>Cleaning time</source>
        <translation>保洁时间</translation>
    </message>
    <message>
        <source>No litter, standing water, stains or clutter</source>
        <translation>无垃圾、无积水、无污渍、无杂物</translation>
    </message>
    <message>
        <source>No litter, clutter, dead branches or fallen leaves</source>
        <translation>无垃圾、无杂物、无枯枝落叶</translation>
    </message>
    <message>
        <source>Plants healthy, none dead or missing</source>
        <translation>植物生长良好，无枯死、无缺株</translation>
    </message>
    <message>
        <source>Well shaped, neatly pruned, no weeds</source>
        <translation>造型美观，修剪整齐，无杂草</translation>
    </message>
    <message>
        <source>No visible pests or disease</source>
        <translation>无明显病虫害</translation>
    </message>
    <message>
        <source>Watered and fed on schedule, no drought or hunger</source>
        <translation>按时浇水施肥，无干旱、无缺肥</translation>
    </message>
    <message>
        <source>Clean and shiny, no stains or scratches</source>
        <translation>洁净光亮、无污渍、无划痕</translation>
    </message>
    <message>
        <source>Clean, no stains, dust or flyposting</source>
        <translation>洁净、无污渍、无积尘、无乱张贴</translation>
    </message>
    <message>
        <source>Clean, no litter, stains or standing water</source>
        <translation>干净、无垃圾、无污渍、无积水</translation>
    </message>
    <message>
        <source>Clean, no stains or flyposting</source>
        <translation>干净、无污渍、无乱张贴</translation>
    </message>
    <message>
        <source>Cabinet clean inside and out, no dust</source>
        <translation>箱体内外干净、无积尘</translation>
    </message>
    <message>
        <source>Door faces clean, no dust or fingerprints</source>
        <translation>门面干净、无积尘、无手印</translation>
    </message>
    <message>
        <source>No dust or cobwebs</source>
        <translation>无积尘、无蛛网</translation>
    </message>
    <message>
        <source>No dust or stains</source>
        <translation>无积尘、无污渍</translation>
    </message>
    <message>
        <source>Neatly placed, no spilled litter or odour around</source>
        <translation>摆放整齐，周围无散落垃圾、无异味</translation>
    </message>
    <message>
        <source>Clean, no dust or stains</source>
        <translation>干净、无积尘、无污渍</translation>
    </message>
    <message>
        <source>Clean and hygienic, no odour or standing water</source>
        <translation>清洁卫生、无异味、无积水</translation>
    </message>
    <message>
        <source>Clean and hygienic, no standing water or odour</source>
        <translation>清洁卫生、无积水、无异味</translation>
    </message>
    <message>
        <source>Free-flowing, no blockage or built-up rubbish</source>
        <translation>畅通、无堵塞、无积存垃圾</translation>
    </message>
    <message>
        <source>No silt, rubbish or odour</source>
        <translation>无淤积、无垃圾、无异味</translation>
    </message>
    <message>
        <source>No silt, blockage or overflow</source>
        <translation>无淤积、无堵塞、无溢流</translation>
    </message>
    <message>
        <source>No dust, cobwebs or stains</source>
        <translation>无积尘、无蛛网、无污渍</translation>
    </message>
    <message>
        <source>No litter, oil or standing water</source>
        <translation>无垃圾、无油污、无积水</translation>
    </message>
    <message>
        <source>No litter or clutter, outlets clear</source>
        <translation>无垃圾、无杂物、排水口畅通</translation>
    </message>
    <message>
        <source>No litter, dust or clutter</source>
        <translation>无垃圾、无积尘、无杂物</translation>
    </message>
    <message>
        <source>Clean, no dust</source>
        <translation>干净、无积尘</translation>
    </message>
    <message>
        <source>Shiny, no fingerprints or stains</source>
        <translation>光亮、无手印、无污渍</translation>
    </message>
    <message>
        <source>Clean and shiny, no dust</source>
        <translation>干净、光亮、无积尘</translation>
    </message>
    <message>
        <source>Cleared the same day, none left over</source>
        <translation>日产日清，无遗留垃圾</translation>
    </message>
    <message>
        <source>No odour at or around the point</source>
        <translation>收集点及周围无异味</translation>
    </message>
    <message>
        <source>A ground cleaner watches the removal, the ground is clean after it</source>
        <translation>清运过程有地面保洁员监督，清运后地面干净</translation>
    </message>
    <message>
        <source>Cleaning finished before 08:00</source>
        <translation>保洁工作于08:00前完成</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>&amp;Location:</source>
        <translation>报修位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Building-unit-room, e.g. 3-1-201</source>
        <translation>楼栋-单元-房号，如 3-1-201</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>报修人(&amp;R)：</translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>回电号码</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>The description sounds like an emergency.</source>
        <translation>描述内容疑似紧急情况。</translation>
    </message>
    <message>
        <source>Use &amp;emergency urgency</source>
        <translation>设为急修(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>问题描述(&amp;D)：</translation>
    </message>
    <message>
        <source>What the resident reports</source>
        <translation>业主反映的问题</translation>
    </message>
    <message>
        <source>A&amp;greed time:</source>
        <translation>约定时间(&amp;G)：</translation>
    </message>
    <message>
        <source>A completion time agreed with the resident replaces the completion rules</source>
        <translation>与业主约定的完工时间将取代完工时限规则</translation>
    </message>
    <message>
        <source>Reported &amp;at:</source>
        <translation>报修时间(&amp;A)：</translation>
    </message>
    <message>
        <source>For a call logged after the fact: when the resident called</source>
        <translation>事后补录时填写：业主来电的时间</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate&lt;/b&gt; – an open order at this place and category from the last 24 hours. Link this call to it, or log a new order all the same.</source>
        <translation>&lt;b&gt;可能重复&lt;/b&gt; – 过去 24 小时内同一位置、同一类别已有未完工工单。可将本次来电关联到该工单，或仍然新建工单。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Log order</source>
        <translation>登记工单</translation>
    </message>
</context>
<context>
    <name>KpiLabels</name>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Reworked</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未完工</translation>
    </message>
    <message>
        <source>Not revisited</source>
        <translation>未回访</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未处理完毕</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>顺序错误</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>漏巡</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未巡</translation>
    </message>
    <message>
        <source>No handover</source>
        <translation>未交接</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已查岗</translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation>未处置</translation>
    </message>
    <message>
        <source>Security case</source>
        <translation>治安案件</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>No signed sheet</source>
        <translation>无签核日检表</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>书面警告</translation>
    </message>
    <message>
        <source>May be terminated</source>
        <translation>可终止合同</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>秩序维护</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>清洁绿化</translation>
    </message>
    <message>
        <source>Entered monthly</source>
        <translation>每月录入</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>滚动12个月</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Rated %1</source>
        <translation>评分%1</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Patrol round</source>
        <translation>巡更</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>查岗</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Inspection item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Nonconformance</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>分包方</translation>
    </message>
    <message>
        <source>Entered figure</source>
        <translation>录入数据</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Plumbing</source>
        <translation>给排水</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <source>Doors and windows</source>
        <translation>门窗</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <source>Civil works</source>
        <translation>土建</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>暖通空调</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>急修</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>疑难</translation>
    </message>
    <message>
        <source>Logged</source>
        <comment>status</comment>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <comment>status</comment>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>status</comment>
        <translation>维修中</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>status</comment>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>status</comment>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Revisited</source>
        <comment>status</comment>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Logged</source>
        <comment>event</comment>
        <translation>登记</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <comment>event</comment>
        <translation>派工</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>event</comment>
        <translation>到场</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <comment>event</comment>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resumed</source>
        <comment>event</comment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>event</comment>
        <translation>完工</translation>
    </message>
    <message>
        <source>Revisited</source>
        <comment>event</comment>
        <translation>回访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>event</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <comment>event</comment>
        <translation>跟进来电</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>不考核</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Front desk</source>
        <comment>role</comment>
        <translation>客服/前台</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>China (public holidays and make-up days)</source>
        <translation>中国（法定节假日及调休）</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>周一至周五</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>很满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>很不满意</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <comment>role</comment>
        <translation>未登录</translation>
    </message>
    <message>
        <source>PropDesk itself</source>
        <comment>role</comment>
        <translation>PropDesk 系统</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The database %1 that you opened last time no longer exists. PropDesk opens the default database %2 instead.</source>
        <translation>上次打开的数据库 %1 已不存在。PropDesk 将改为打开默认数据库 %2。</translation>
    </message>
    <message>
        <source>PropDesk cannot open the database %1.</source>
        <translation>PropDesk 无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>PropDesk created the database %1 but not its demo site: %2</source>
        <translation>PropDesk 已创建数据库 %1，但未能创建演示项目：%2</translation>
    </message>
    <message>
        <source>Quit PropDesk</source>
        <translation>退出 PropDesk</translation>
    </message>
</context>
<context>
    <name>OrderSummary</name>
    <message>
        <source>Reported %1 by %2</source>
        <translation>%1 由 %2 报修</translation>
    </message>
    <message>
        <source>an unnamed caller</source>
        <translation>匿名来电人</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged – PropDesk</source>
        <translation>数据库已损坏 – PropDesk</translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评价意见(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReworkDialog</name>
    <message>
        <source>Log rework</source>
        <translation>登记返修</translation>
    </message>
</context>
<context>
    <name>RosterSheet</name>
    <message>
        <source>%1 security roster, %2</source>
        <translation>%1 秩序维护排班表（%2）</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>roster month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>published by %1 at %2</source>
        <translation>%1 于 %2 发布</translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shifts:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>%1 edited after generation (see the notes below); — post empty.</source>
        <translation>%1 生成后有调整（见下方说明）；— 岗位空缺。</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>调整说明：</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>roster footnote</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1 代替 %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Security supervisor (signature):</source>
        <translation>秩序维护主管（签字）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%1 由 %2 打印</translation>
    </message>
</context>
<context>
    <name>SecurityLabels</name>
    <message>
        <source>Draft</source>
        <comment>roster status</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <comment>roster status</comment>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Swap</source>
        <comment>roster change</comment>
        <translation>换班</translation>
    </message>
    <message>
        <source>Leave</source>
        <comment>roster change</comment>
        <translation>请假</translation>
    </message>
    <message>
        <source>Substitute</source>
        <comment>roster change</comment>
        <translation>替班</translation>
    </message>
    <message>
        <source>Double booked</source>
        <translation>一人两岗</translation>
    </message>
    <message>
        <source>Short rest</source>
        <translation>休息不足</translation>
    </message>
    <message>
        <source>Empty post</source>
        <translation>岗位空缺</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <comment>round</comment>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>round</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>round</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>round</comment>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Out of order</source>
        <comment>round</comment>
        <translation>顺序错误</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>round</comment>
        <translation>漏检</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>round</comment>
        <translation>未巡</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Security case</source>
        <translation>治安案件</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火情</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违章</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>incident type</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Early</source>
        <comment>shift</comment>
        <translation>早班</translation>
    </message>
    <message>
        <source>Middle</source>
        <comment>shift</comment>
        <translation>中班</translation>
    </message>
    <message>
        <source>Night</source>
        <comment>shift</comment>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Lobby</source>
        <comment>post</comment>
        <translation>大堂岗</translation>
    </message>
    <message>
        <source>Patrol</source>
        <comment>post</comment>
        <translation>巡逻岗</translation>
    </message>
    <message>
        <source>Car park</source>
        <comment>post</comment>
        <translation>车场岗</translation>
    </message>
    <message>
        <source>Gate</source>
        <comment>post</comment>
        <translation>道口岗</translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <source>id</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>location</source>
        <translation>报修位置</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>reported_at</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>arrived_at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>completed_at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>revisited_at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>cancelled_at</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <source>due_at</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>暂停记录</translation>
    </message>
    <message>
        <source>rework_of</source>
        <translation>返修原单</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空列名）</translation>
    </message>
    <message>
        <source>dispatched_at</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>note</source>
        <translation>来电内容</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>timezone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>working_hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>effective_from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>work_order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>display_name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>current_password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>retry_after</source>
        <translation>重试等待</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留份数</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>received_at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>first_responder</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>routed_at</source>
        <translation>转办时间</translation>
    </message>
    <message>
        <source>responded_at</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应内容</translation>
    </message>
    <message>
        <source>resolved_at</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>replied_at</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>informed_head</source>
        <translation>汇报的管理处负责人</translation>
    </message>
    <message>
        <source>revisit_comment</source>
        <translation>回访意见</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>是否有效投诉</translation>
    </message>
    <message>
        <source>verdict_reason</source>
        <translation>判定理由</translation>
    </message>
    <message>
        <source>judged_at</source>
        <translation>判定时间</translation>
    </message>
    <message>
        <source>withdrawn_at</source>
        <translation>撤诉时间</translation>
    </message>
    <message>
        <source>withdraw_reason</source>
        <translation>撤诉原因</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>key</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>data</source>
        <translation>报告数据</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>未知的时区“%1”</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks skip it at a daylight-saving change); give an explicit offset</source>
        <translation>%1 在 %2 中不存在（夏令时切换时跳过了这一时刻），请注明时差</translation>
    </message>
    <message>
        <source>%1 is ambiguous in %2 (it happens twice at a daylight-saving change); give an explicit offset</source>
        <translation>%1 在 %2 中有歧义（夏令时切换时出现两次），请注明时差</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（年-月-日，YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid calendar date</source>
        <translation>“%1”不是有效的日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with T and an optional offset)</source>
        <translation>“%1”不是时间（YYYY-MM-DD HH:MM[:SS]，或带 T 及可选时差的 ISO 8601 格式）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no such time of day</source>
        <translation>“%1”中的时刻不存在</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day (HH:MM)</source>
        <translation>“%1”不是时刻（HH:MM）</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;year&quot; and &quot;days&quot;</source>
        <translation>应为包含“year”和“days”的 JSON 对象</translation>
    </message>
    <message>
        <source>missing, or not a year between 1970 and 2200</source>
        <translation>缺失，或不是 1970 至 2200 之间的年份</translation>
    </message>
    <message>
        <source>missing, or not a list</source>
        <translation>缺失，或不是列表</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>missing or not text</source>
        <translation>缺失或不是文本</translation>
    </message>
    <message>
        <source>%1 is not in or next to %2</source>
        <translation>%1 不在 %2 年或其相邻年份内</translation>
    </message>
    <message>
        <source>missing or not true/false</source>
        <translation>缺失或不是 true/false</translation>
    </message>
    <message>
        <source>unknown calendar &apos;%1&apos; (CN or none)</source>
        <translation>未知的工作日历“%1”（应为 CN 或 none）</translation>
    </message>
    <message>
        <source>the order is already logged</source>
        <translation>工单已登记</translation>
    </message>
    <message>
        <source>the logged event must carry the reported time</source>
        <translation>登记记录的时间必须是报修时间</translation>
    </message>
    <message>
        <source>the order has not been logged</source>
        <translation>工单尚未登记</translation>
    </message>
    <message>
        <source>a %1 order cannot be dispatched</source>
        <translation>“%1”的工单不能派工</translation>
    </message>
    <message>
        <source>name the technician</source>
        <translation>请指定维修人员</translation>
    </message>
    <message>
        <source>arrival is already recorded</source>
        <translation>已记录到场</translation>
    </message>
    <message>
        <source>the order is on hold: resume it first</source>
        <translation>工单已暂停：请先恢复</translation>
    </message>
    <message>
        <source>a %1 order cannot record an arrival</source>
        <translation>“%1”的工单不能记录到场</translation>
    </message>
    <message>
        <source>a %1 order cannot be put on hold</source>
        <translation>“%1”的工单不能暂停</translation>
    </message>
    <message>
        <source>give the reason for the hold</source>
        <translation>请填写暂停原因</translation>
    </message>
    <message>
        <source>the order is not on hold</source>
        <translation>工单未暂停</translation>
    </message>
    <message>
        <source>a %1 order cannot be completed</source>
        <translation>“%1”的工单不能完工</translation>
    </message>
    <message>
        <source>the order has already been revisited</source>
        <translation>工单已回访</translation>
    </message>
    <message>
        <source>only a completed order can be revisited</source>
        <translation>只有已完工的工单才能回访</translation>
    </message>
    <message>
        <source>satisfaction must be 1 to 5</source>
        <translation>满意度须为 1 至 5</translation>
    </message>
    <message>
        <source>a %1 order cannot be cancelled</source>
        <translation>“%1”的工单不能取消</translation>
    </message>
    <message>
        <source>give the reason for cancelling</source>
        <translation>请填写取消原因</translation>
    </message>
    <message>
        <source>a %1 order takes no follow-up calls: log a new order</source>
        <translation>“%1”的工单不再接收来电记录：请登记新工单</translation>
    </message>
    <message>
        <source>say what the caller reported</source>
        <translation>请填写来电人反映的情况</translation>
    </message>
    <message>
        <source>a follow-up call cannot precede the order</source>
        <translation>跟进来电不能早于工单报修时间</translation>
    </message>
    <message>
        <source>%1 is before the previous event of this order</source>
        <translation>%1时间早于本工单的上一条记录</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>未知的字段（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>must be a non-empty list of text values</source>
        <translation>须为非空的文本列表</translation>
    </message>
    <message>
        <source>must be a list of text values</source>
        <translation>须为文本列表</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>规则须为对象</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>缺失或为空</translation>
    </message>
    <message>
        <source>must be work_order or complaint</source>
        <translation>须为 work_order（工单）或 complaint（投诉）</translation>
    </message>
    <message>
        <source>a work_order rule&apos;s milestone is arrival, completion or revisit</source>
        <translation>工单规则的节点须为 arrival（到场）、completion（完工）或 revisit（回访）</translation>
    </message>
    <message>
        <source>a complaint rule&apos;s milestone is response or resolution</source>
        <translation>投诉规则的节点须为 response（响应）或 resolution（办结）</translation>
    </message>
    <message>
        <source>must be an object (use {} for no condition)</source>
        <translation>须为对象（无条件时写 {}）</translation>
    </message>
    <message>
        <source>unknown work-order category &apos;%1&apos;</source>
        <translation>未知的工单类别“%1”</translation>
    </message>
    <message>
        <source>unknown complaint category &apos;%1&apos; (one of: %2)</source>
        <translation>未知的投诉类别“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>complaints have no urgency</source>
        <translation>投诉没有紧急程度</translation>
    </message>
    <message>
        <source>unknown urgency &apos;%1&apos; (emergency, normal or difficult)</source>
        <translation>未知的紧急程度“%1”（应为 emergency 急修、normal 一般或 difficult 疑难）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>must be [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>须为 [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>the interval is empty (from equals to)</source>
        <translation>时间段为空（起止时刻相同）</translation>
    </message>
    <message>
        <source>missing (give amount, unit and clock)</source>
        <translation>缺失（请给出 amount、unit 和 clock）</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100000</source>
        <translation>须为 0 至 100000 之间的整数</translation>
    </message>
    <message>
        <source>must be minutes, hours or days</source>
        <translation>须为 minutes、hours 或 days</translation>
    </message>
    <message>
        <source>must be elapsed, working, calendar_days or working_days</source>
        <translation>须为 elapsed、working、calendar_days 或 working_days</translation>
    </message>
    <message>
        <source>the %1 clock counts days</source>
        <translation>%1 计时方式以天计</translation>
    </message>
    <message>
        <source>the working clock counts minutes or hours; for whole working days use working_days</source>
        <translation>working 计时方式以分钟或小时计；按整个工作日计请用 working_days</translation>
    </message>
    <message>
        <source>a duration of 0 can never be met</source>
        <translation>时限为 0 永远无法达标</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>a rule set is a JSON object with name, effective_from and rules</source>
        <translation>规则集须为包含 name、effective_from 和 rules 的 JSON 对象</translation>
    </message>
    <message>
        <source>missing (YYYY-MM-DD)</source>
        <translation>缺失（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>must be a site code or null</source>
        <translation>须为项目代码或 null</translation>
    </message>
    <message>
        <source>missing or empty: a rule set needs at least one rule</source>
        <translation>缺失或为空：规则集至少需要一条规则</translation>
    </message>
    <message>
        <source>another rule has the same id</source>
        <translation>另一条规则的 id 与此相同</translation>
    </message>
    <message>
        <source>can never apply: rule %1 before it matches every %2 %3</source>
        <translation>永远不会生效：之前的规则 %1 已适用于所有%2的%3</translation>
    </message>
    <message>
        <source>contains a NUL byte: not a text file</source>
        <translation>含有 NUL 字节：不是文本文件</translation>
    </message>
    <message>
        <source>not valid UTF-8 (if Excel saved it as GBK/GB18030, save it again as &quot;CSV UTF-8&quot;)</source>
        <translation>不是有效的 UTF-8 编码（如果 Excel 以 GBK/GB18030 保存，请另存为“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>the file is empty (expected a header row)</source>
        <translation>文件为空（应有表头行）</translation>
    </message>
    <message>
        <source>cannot initialise the CSV parser</source>
        <translation>无法初始化 CSV 解析器</translation>
    </message>
    <message>
        <source>malformed CSV: %1 (check the quotes on this line)</source>
        <translation>CSV 格式错误：%1（请检查此行的引号）</translation>
    </message>
    <message>
        <source>malformed CSV: a quoted field is never closed</source>
        <translation>CSV 格式错误：有引号未闭合</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>unknown site &apos;%1&apos;</source>
        <translation>未知的项目“%1”</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <source>unknown column (the columns are: %1)</source>
        <translation>未知的列（可用的列：%1）</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>required column is missing (or give --site)</source>
        <translation>缺少必需的列（或指定 --site）</translation>
    </message>
    <message>
        <source>no work orders after the header</source>
        <translation>表头之后没有工单</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>site %1 differs from --site %2</source>
        <translation>项目 %1 与 --site %2 不一致</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>未知的类别“%1”</translation>
    </message>
    <message>
        <source>an order cannot rework itself</source>
        <translation>工单不能是自己的返修</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rating from 1 to 5</source>
        <translation>“%1”不是 1 至 5 的评分</translation>
    </message>
    <message>
        <source>hold %1 &apos;%2&apos; is not start/end</source>
        <translation>第 %1 次暂停“%2”不是“开始/结束”格式</translation>
    </message>
    <message>
        <source>hold %1 start: %2</source>
        <translation>第 %1 次暂停的开始时间：%2</translation>
    </message>
    <message>
        <source>hold %1 end: %2</source>
        <translation>第 %1 次暂停的结束时间：%2</translation>
    </message>
    <message>
        <source>hold %1 ends before it starts</source>
        <translation>第 %1 次暂停的结束早于开始</translation>
    </message>
    <message>
        <source>%1 is before %2 (%3)</source>
        <translation>%1 早于%2（%3）</translation>
    </message>
    <message>
        <source>the order is not completed</source>
        <translation>工单未完工</translation>
    </message>
    <message>
        <source>an order is either completed or cancelled, not both</source>
        <translation>工单要么完工要么取消，不能两者都有</translation>
    </message>
    <message>
        <source>a rating needs revisited_at</source>
        <translation>有满意度评分时须填写回访时间（revisited_at）</translation>
    </message>
    <message>
        <source>hold from %1 lies outside reported_at…%2</source>
        <translation>从 %1 开始的暂停不在报修时间至%2之间</translation>
    </message>
    <message>
        <source>hold from %1 is still open on a %2 order</source>
        <translation>从 %1 开始的暂停在“%2”的工单上尚未结束</translation>
    </message>
    <message>
        <source>hold from %1 is open but another hold follows it</source>
        <translation>从 %1 开始的暂停尚未结束，但其后还有暂停</translation>
    </message>
    <message>
        <source>hold from %1 overlaps the hold before it</source>
        <translation>从 %1 开始的暂停与前一次暂停重叠</translation>
    </message>
    <message>
        <source>duplicate: line %1 has the same id</source>
        <translation>重复：第 %1 行的工单号相同</translation>
    </message>
    <message>
        <source>already stored at site %1</source>
        <translation>项目 %1 中已有此工单</translation>
    </message>
    <message>
        <source>names order %1, which is rejected (line %2)</source>
        <translation>指向的工单 %1 未通过检查（第 %2 行）</translation>
    </message>
    <message>
        <source>names no order %1 at site %2</source>
        <translation>项目 %2 中没有工单 %1</translation>
    </message>
    <message>
        <source>order %1 was reported after this one</source>
        <translation>工单 %1 的报修时间晚于本工单</translation>
    </message>
    <message>
        <source>the file cannot be imported</source>
        <translation>该文件无法导入</translation>
    </message>
    <message>
        <source>order %1 named by rework_of no longer exists</source>
        <translation>返修原单 %1 已不存在</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>导入已取消，未写入任何数据</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>could not write the export</source>
        <translation>无法写入导出文件</translation>
    </message>
    <message>
        <source>use 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>请使用 1 至 16 个字母、数字、“-”或“_”</translation>
    </message>
    <message>
        <source>a site needs a name</source>
        <translation>项目需要名称</translation>
    </message>
    <message>
        <source>the working day must start before it ends, within one day</source>
        <translation>工作时间须在同一天内，且开始早于结束</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>no site with id %1</source>
        <translation>没有 id 为 %1 的项目</translation>
    </message>
    <message>
        <source>a staff member needs a name</source>
        <translation>员工需要姓名</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>姓名最多 %1 个字</translation>
    </message>
    <message>
        <source>not a phone number: use 5 to 20 digits</source>
        <translation>不是电话号码：请使用 5 至 20 位数字</translation>
    </message>
    <message>
        <source>no staff member with id %1</source>
        <translation>没有 id 为 %1 的员工</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>不能晚于现在</translation>
    </message>
    <message>
        <source>where is the problem? (building-unit-room)</source>
        <translation>请填写报修位置（楼栋-单元-房号）</translation>
    </message>
    <message>
        <source>a phone number has 5 to 20 digits</source>
        <translation>电话号码应为 5 至 20 位数字</translation>
    </message>
    <message>
        <source>the agreed time is before the order was reported</source>
        <translation>约定时间早于报修时间</translation>
    </message>
    <message>
        <source>no order %1 at site %2</source>
        <translation>项目 %2 中没有工单 %1</translation>
    </message>
    <message>
        <source>a rework cannot be reported before the order it reworks</source>
        <translation>返修工单的报修时间不能早于原工单</translation>
    </message>
    <message>
        <source>a dissatisfied resident&apos;s reason must be recorded</source>
        <translation>住户不满意时必须记录原因</translation>
    </message>
    <message>
        <source>no work order with id %1</source>
        <translation>没有 id 为 %1 的工单</translation>
    </message>
    <message>
        <source>no work order %1 at site %2</source>
        <translation>项目 %2 中没有工单 %1</translation>
    </message>
    <message>
        <source>no rule set is in force on %1</source>
        <translation>%1 没有生效的规则集</translation>
    </message>
    <message>
        <source>a rule set effective %1 is already in force (&apos;%2&apos;); give the new version a later effective_from</source>
        <translation>%1 生效的规则集已在执行（“%2”）；请为新版本指定更晚的生效日期（effective_from）</translation>
    </message>
    <message>
        <source>year %1 is also given by %2</source>
        <translation>%1 年的数据在 %2 中也有</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM)</source>
        <translation>“%1”不是月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>a site with code %1 already exists</source>
        <translation>代码为 %1 的项目已存在</translation>
    </message>
    <message>
        <source>an order with this id already exists at the site</source>
        <translation>该项目中已有此工单号的工单</translation>
    </message>
    <message>
        <source>no event to append</source>
        <translation>没有可追加的记录</translation>
    </message>
    <message>
        <source>corrupt effective_from in rule_sets: %1</source>
        <translation>规则集的生效日期已损坏：%1</translation>
    </message>
    <message>
        <source>could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>could not commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>no database at %1 (create one with `propdesk-cli init`)</source>
        <translation>%1 处没有数据库（可用 `propdesk-cli init` 创建）</translation>
    </message>
    <message>
        <source>%1 was written by a newer PropDesk (schema version %2; this release reads up to %3). Install the newer release to open it.</source>
        <translation>%1 由更新版本的 PropDesk 写入（数据库结构版本 %2，本版本最多支持 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>not a valid date and time</source>
        <translation>不是有效的日期和时间</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>the page size is not supported</source>
        <translation>不支持该纸张大小</translation>
    </message>
    <message>
        <source>could not write the PDF file</source>
        <translation>无法写入 PDF 文件</translation>
    </message>
    <message>
        <source>choose a site first</source>
        <translation>请先选择项目</translation>
    </message>
    <message>
        <source>could not write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field or record: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3</source>
        <translation>%1（%2）无权%3</translation>
    </message>
    <message>
        <source>you do not work at site &apos;%1&apos;</source>
        <translation>您不在项目“%1”工作</translation>
    </message>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>密码至少 %1 个字符</translation>
    </message>
    <message>
        <source>a password has at most 1024 bytes</source>
        <translation>密码最多 1024 字节</translation>
    </message>
    <message>
        <source>a sign-in name has 1 to %1 characters</source>
        <translation>登录名为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>a sign-in name cannot contain control characters</source>
        <translation>登录名不能包含控制字符</translation>
    </message>
    <message>
        <source>a display name has at most %1 characters</source>
        <translation>显示名称最多 %1 个字符</translation>
    </message>
    <message>
        <source>choose front desk, supervisor, manager or admin</source>
        <translation>请选择客服/前台、主管、经理或系统管理员</translation>
    </message>
    <message>
        <source>give the user at least one site</source>
        <translation>请为该用户至少选择一个项目</translation>
    </message>
    <message>
        <source>the database already has user accounts</source>
        <translation>该数据库已有用户账号</translation>
    </message>
    <message>
        <source>too many failed sign-ins: try again in %1 s</source>
        <translation>登录失败次数过多：请在 %1 秒后重试</translation>
    </message>
    <message>
        <source>wrong name or password</source>
        <translation>登录名或密码错误</translation>
    </message>
    <message>
        <source>the account is inactive</source>
        <translation>该账号已停用</translation>
    </message>
    <message>
        <source>no user with id %1</source>
        <translation>没有编号为 %1 的用户</translation>
    </message>
    <message>
        <source>the last active admin can be neither demoted nor deactivated</source>
        <translation>最后一位在用的系统管理员既不能降级，也不能停用</translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation>您的账号已不存在</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>无法初始化 libsodium</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码散列</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建该文件夹</translation>
    </message>
    <message>
        <source>keep 1 to 365 backups</source>
        <translation>保留份数须为 1 至 365</translation>
    </message>
    <message>
        <source>the backup failed its check: %1</source>
        <translation>备份未通过检查：%1</translation>
    </message>
    <message>
        <source>cannot write the backup: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>the file fails its check: %1</source>
        <translation>该文件未通过检查：%1</translation>
    </message>
    <message>
        <source>nothing restored: the current data could not be backed up first (%1)</source>
        <translation>未还原任何数据：无法先备份当前数据（%1）</translation>
    </message>
    <message>
        <source>there is already a user named %1</source>
        <translation>已有名为 %1 的用户</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>restore failed: %1</source>
        <translation>还原失败：%1</translation>
    </message>
    <message>
        <source>cannot restore inside a transaction</source>
        <translation>不能在事务中还原</translation>
    </message>
    <message>
        <source>not a PropDesk database</source>
        <translation>不是 PropDesk 数据库</translation>
    </message>
    <message>
        <source>written by a newer PropDesk (schema version %1; this release reads up to %2)</source>
        <translation>由较新版本的 PropDesk 写入（架构版本 %1；本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>you do not work at this site</source>
        <translation>您不在该项目工作</translation>
    </message>
    <message>
        <source>the first account of a database is an admin</source>
        <translation>数据库的第一个账号必须是系统管理员</translation>
    </message>
    <message>
        <source>the backup fails its check: %1</source>
        <translation>该备份未通过检查：%1</translation>
    </message>
    <message>
        <source>the database passes its check: sign in as an admin to restore a backup</source>
        <translation>数据库通过了检查：请以系统管理员身份登录后再还原备份</translation>
    </message>
    <message>
        <source>cannot move the broken file aside: %1</source>
        <translation>无法移开损坏的文件：%1</translation>
    </message>
    <message>
        <source>cannot copy the backup into place</source>
        <translation>无法把备份复制到位</translation>
    </message>
    <message>
        <source>the complaint is already received</source>
        <translation>该投诉已受理</translation>
    </message>
    <message>
        <source>the received event must carry the received time</source>
        <translation>受理记录的时间必须与受理时间一致</translation>
    </message>
    <message>
        <source>name who took the complaint (first responder)</source>
        <translation>请填写受理人（首问责任人）</translation>
    </message>
    <message>
        <source>the complaint has not been received</source>
        <translation>该投诉尚未受理</translation>
    </message>
    <message>
        <source>is before the complaint was received</source>
        <translation>早于投诉受理时间</translation>
    </message>
    <message>
        <source>is before the complaint&apos;s previous step</source>
        <translation>早于该投诉的上一处理步骤</translation>
    </message>
    <message>
        <source>a %1 complaint cannot be routed</source>
        <translation>%1的投诉不能再转办</translation>
    </message>
    <message>
        <source>name the department</source>
        <translation>请选择部门</translation>
    </message>
    <message>
        <source>the complaint is already with %1</source>
        <translation>该投诉已在%1处理</translation>
    </message>
    <message>
        <source>the response is already recorded</source>
        <translation>已记录过响应</translation>
    </message>
    <message>
        <source>a %1 complaint cannot record a response</source>
        <translation>%1的投诉不能再记录响应</translation>
    </message>
    <message>
        <source>what was the resident told?</source>
        <translation>答复了业主什么？</translation>
    </message>
    <message>
        <source>a %1 complaint cannot be resolved</source>
        <translation>%1的投诉不能再办结</translation>
    </message>
    <message>
        <source>route the complaint first: which department resolved it?</source>
        <translation>请先转办：由哪个部门处理？</translation>
    </message>
    <message>
        <source>describe the resolution</source>
        <translation>请填写处理结果</translation>
    </message>
    <message>
        <source>the reply is already recorded</source>
        <translation>已记录过回复</translation>
    </message>
    <message>
        <source>only a resolved complaint can be replied to</source>
        <translation>只有已处理的投诉才能回复业主</translation>
    </message>
    <message>
        <source>name the office head the result was reported to</source>
        <translation>请填写已汇报的管理处负责人</translation>
    </message>
    <message>
        <source>the complaint has already been revisited</source>
        <translation>该投诉已回访</translation>
    </message>
    <message>
        <source>reply to the resident before the revisit</source>
        <translation>请先回复业主，再进行回访</translation>
    </message>
    <message>
        <source>a withdrawn complaint is not judged</source>
        <translation>已撤销的投诉无需判定</translation>
    </message>
    <message>
        <source>say whether the complaint is valid</source>
        <translation>请判定是否为有效投诉</translation>
    </message>
    <message>
        <source>give the reason for the verdict</source>
        <translation>请填写判定理由</translation>
    </message>
    <message>
        <source>the complaint is already linked to work order %1</source>
        <translation>该投诉已关联工单 %1</translation>
    </message>
    <message>
        <source>name the work order</source>
        <translation>请填写工单编号</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>备注内容为空</translation>
    </message>
    <message>
        <source>a %1 complaint cannot be withdrawn</source>
        <translation>%1的投诉不能撤销</translation>
    </message>
    <message>
        <source>give the reason for the withdrawal</source>
        <translation>请填写撤诉原因</translation>
    </message>
    <message>
        <source>no complaints after the header</source>
        <translation>表头之后没有投诉记录</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos; (one of: %2)</source>
        <translation>未知的投诉渠道“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos; (one of: %2)</source>
        <translation>未知的部门“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>required with %1</source>
        <translation>填写了%1时必填</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需同时填写%1</translation>
    </message>
    <message>
        <source>the complaint is not resolved</source>
        <translation>该投诉尚未处理</translation>
    </message>
    <message>
        <source>the complaint has not been replied to</source>
        <translation>该投诉尚未回复业主</translation>
    </message>
    <message>
        <source>a complaint is either resolved or withdrawn, not both</source>
        <translation>投诉只能是已处理或已撤销之一，不能两者兼有</translation>
    </message>
    <message>
        <source>work order %1 no longer exists</source>
        <translation>工单 %1 已不存在</translation>
    </message>
    <message>
        <source>what is the complaint about?</source>
        <translation>投诉内容是什么？</translation>
    </message>
    <message>
        <source>complaint %1 already exists at %2</source>
        <translation>项目 %2 已有投诉 %1</translation>
    </message>
    <message>
        <source>no work order %1 at the complaint&apos;s site</source>
        <translation>投诉所在项目没有工单 %1</translation>
    </message>
    <message>
        <source>no complaint with id %1</source>
        <translation>没有 ID 为 %1 的投诉</translation>
    </message>
    <message>
        <source>no complaint %1 at site %2</source>
        <translation>项目 %2 没有投诉 %1</translation>
    </message>
    <message>
        <source>choose one of your sites</source>
        <translation>请选择您负责的项目之一</translation>
    </message>
    <message>
        <source>a complaint with this code already exists at the site</source>
        <translation>本项目已有相同编号的投诉</translation>
    </message>
    <message>
        <source>the security set-up has no squads yet</source>
        <translation>秩序维护设置中还没有护卫班</translation>
    </message>
    <message>
        <source>staff #%1 does not work at %2</source>
        <translation>员工 #%1 不在 %2 工作</translation>
    </message>
    <message>
        <source>the roster of %1 is published and cannot be generated again</source>
        <translation>%1 的排班表已发布，不能重新生成</translation>
    </message>
    <message>
        <source>the roster of %1 already exists</source>
        <translation>%1 的排班表已存在</translation>
    </message>
    <message>
        <source>there is no roster for %1</source>
        <translation>%1 还没有排班表</translation>
    </message>
    <message>
        <source>staff #%1 does not work at this site</source>
        <translation>员工 #%1 不在本项目工作</translation>
    </message>
    <message>
        <source>the roster of %1 is already published</source>
        <translation>%1 的排班表已经发布</translation>
    </message>
    <message>
        <source>%1 guard(s) are on two posts at once; correct the roster first</source>
        <translation>有 %1 名护卫员同时排在两个岗位，请先修改排班表</translation>
    </message>
    <message>
        <source>the roster has %1 warning(s); confirm them to publish</source>
        <translation>排班表有 %1 条警告，确认后才能发布</translation>
    </message>
    <message>
        <source>who walked the round?</source>
        <translation>巡更人是谁？</translation>
    </message>
    <message>
        <source>no route of %1 has checkpoint &apos;%2&apos; on that day</source>
        <translation>%1 当天没有任何巡更路线包含巡更点“%2”</translation>
    </message>
    <message>
        <source>this scan is already recorded</source>
        <translation>该打卡记录已存在</translation>
    </message>
    <message>
        <source>unknown shift &apos;%1&apos;</source>
        <translation>未知班次“%1”</translation>
    </message>
    <message>
        <source>who hands over?</source>
        <translation>交班人是谁？</translation>
    </message>
    <message>
        <source>who takes over?</source>
        <translation>接班人是谁？</translation>
    </message>
    <message>
        <source>this change of shift is more than an hour away</source>
        <translation>距该次交接班还有一个多小时</translation>
    </message>
    <message>
        <source>is not near this change of shift</source>
        <translation>与该次交接班时间相差太远</translation>
    </message>
    <message>
        <source>an open item needs a text</source>
        <translation>遗留事项需要填写内容</translation>
    </message>
    <message>
        <source>the handover of %1 %2 is already recorded</source>
        <translation>%1 %2 的交接班已登记</translation>
    </message>
    <message>
        <source>no handover with id %1</source>
        <translation>没有编号为 %1 的交接班记录</translation>
    </message>
    <message>
        <source>who signs?</source>
        <translation>签字人是谁？</translation>
    </message>
    <message>
        <source>is already signed</source>
        <translation>已经签字</translation>
    </message>
    <message>
        <source>no open item with id %1</source>
        <translation>没有编号为 %1 的遗留事项</translation>
    </message>
    <message>
        <source>this item is already closed</source>
        <translation>该事项已关闭</translation>
    </message>
    <message>
        <source>is before the item was opened</source>
        <translation>早于该事项登记的时间</translation>
    </message>
    <message>
        <source>how was it settled?</source>
        <translation>是如何处理的？</translation>
    </message>
    <message>
        <source>no duty log entry with id %1</source>
        <translation>没有编号为 %1 的值班记录</translation>
    </message>
    <message>
        <source>an incident has no time out</source>
        <translation>事件没有离开时间</translation>
    </message>
    <message>
        <source>is already recorded</source>
        <translation>已经登记</translation>
    </message>
    <message>
        <source>only incidents are handled</source>
        <translation>只有事件需要处置</translation>
    </message>
    <message>
        <source>what was done?</source>
        <translation>做了什么？</translation>
    </message>
    <message>
        <source>how did it end?</source>
        <translation>处置结果如何？</translation>
    </message>
    <message>
        <source>which posts were checked?</source>
        <translation>查了哪些岗位？</translation>
    </message>
    <message>
        <source>unknown post &apos;%1&apos;</source>
        <translation>未知岗位“%1”</translation>
    </message>
    <message>
        <source>what was found?</source>
        <translation>发现了什么问题？</translation>
    </message>
    <message>
        <source>what is to be corrected?</source>
        <translation>需要如何整改？</translation>
    </message>
    <message>
        <source>no such column (chosen for the %1)</source>
        <translation>没有这一列（被指定为%1列）</translation>
    </message>
    <message>
        <source>no column for the %1; expected one of: %2</source>
        <translation>找不到%1列；应为以下之一：%2</translation>
    </message>
    <message>
        <source>no scans after the header</source>
        <translation>表头之后没有打卡记录</translation>
    </message>
    <message>
        <source>unknown checkpoint &apos;%1&apos;: no route of %2 has it on %3</source>
        <translation>未知巡更点“%1”：%3 %2 没有任何巡更路线包含该点</translation>
    </message>
    <message>
        <source>%1 cannot be imported</source>
        <translation>%1 无法导入</translation>
    </message>
    <message>
        <source>define at least one shift</source>
        <translation>至少要设置一个班次</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>编号为空</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is used twice</source>
        <translation>编号“%1”重复</translation>
    </message>
    <message>
        <source>must be from 00:00 to before 24:00</source>
        <translation>必须在 00:00 至 24:00 之前</translation>
    </message>
    <message>
        <source>must be 1 to 24 hours</source>
        <translation>必须为 1 至 24 小时</translation>
    </message>
    <message>
        <source>a guard can be in only one squad, once</source>
        <translation>一名护卫员只能属于一个班，且只能出现一次</translation>
    </message>
    <message>
        <source>give at least one rotation day</source>
        <translation>至少要设置一个轮换日</translation>
    </message>
    <message>
        <source>rotation days must be 1 to 28, in ascending order</source>
        <translation>轮换日必须在 1 至 28 之间，并按从小到大排列</translation>
    </message>
    <message>
        <source>not a valid calendar date</source>
        <translation>不是有效的日期</translation>
    </message>
    <message>
        <source>must be 0 to 24 hours</source>
        <translation>必须为 0 至 24 小时</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>the roster has no such slot</source>
        <translation>排班表中没有这个班位</translation>
    </message>
    <message>
        <source>give the reason for the change</source>
        <translation>请填写变更原因</translation>
    </message>
    <message>
        <source>changes nothing</source>
        <translation>没有任何变化</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>add at least one checkpoint</source>
        <translation>至少要添加一个巡更点</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>the shift &apos;%1&apos; is listed twice</source>
        <translation>班次“%1”重复</translation>
    </message>
    <message>
        <source>rounds per shift must be 1 to 48</source>
        <translation>每班巡更圈数必须为 1 至 48</translation>
    </message>
    <message>
        <source>round length plus twice the tolerance must fit in the %1 minutes between two rounds of shift &apos;%2&apos;</source>
        <translation>每圈时长加两倍允许偏差必须在班次“%2”两圈之间的 %1 分钟内</translation>
    </message>
    <message>
        <source>give the type of incident</source>
        <translation>请选择事件类型</translation>
    </message>
    <message>
        <source>give the incident a title</source>
        <translation>请填写事件名称</translation>
    </message>
    <message>
        <source>give the visitor&apos;s name</source>
        <translation>请填写来访人姓名</translation>
    </message>
    <message>
        <source>give the plate number</source>
        <translation>请填写车牌号</translation>
    </message>
    <message>
        <source>only incidents have a type</source>
        <translation>只有事件才有类型</translation>
    </message>
    <message>
        <source>only incidents record handling</source>
        <translation>只有事件才登记处置情况</translation>
    </message>
    <message>
        <source>is before the time in</source>
        <translation>早于进入时间</translation>
    </message>
    <message>
        <source>is before the incident happened</source>
        <translation>早于事件发生时间</translation>
    </message>
    <message>
        <source>corrupt %1 in %2: %3</source>
        <translation>%2 中的 %1 已损坏：%3</translation>
    </message>
    <message>
        <source>the roster has two slots for the same post, shift and day</source>
        <translation>排班表中同一天同一班次同一岗位有两个班位</translation>
    </message>
    <message>
        <source>route %1 already has a version from %2</source>
        <translation>巡更路线 %1 已有从 %2 起生效的版本</translation>
    </message>
    <message>
        <source>the handover of shift %1 on %2 is already recorded</source>
        <translation>%2 %1 的交接班已登记</translation>
    </message>
    <message>
        <source>no handover item with id %1</source>
        <translation>没有编号为 %1 的遗留事项</translation>
    </message>
    <message>
        <source>no duty entry with id %1</source>
        <translation>没有编号为 %1 的值班记录</translation>
    </message>
    <message>
        <source>no sheet with id %1</source>
        <translation>没有编号为 %1 的检查表</translation>
    </message>
    <message>
        <source>no nonconformance with id %1</source>
        <translation>没有编号为 %1 的不合格项</translation>
    </message>
    <message>
        <source>no preventive action with id %1</source>
        <translation>没有编号为 %1 的预防措施</translation>
    </message>
    <message>
        <source>no contractor with id %1</source>
        <translation>没有编号为 %1 的分包方</translation>
    </message>
    <message>
        <source>no pest-control visit with id %1</source>
        <translation>没有编号为 %1 的消杀来访记录</translation>
    </message>
    <message>
        <source>this area type already has a version from that date</source>
        <translation>该区域类型已有从这一天起生效的版本</translation>
    </message>
    <message>
        <source>no template of area type %1 is in force on %2</source>
        <translation>%2 没有生效的区域类型 %1 的模板</translation>
    </message>
    <message>
        <source>which place was inspected?</source>
        <translation>检查的是哪个地方？</translation>
    </message>
    <message>
        <source>who inspected?</source>
        <translation>检查人是谁？</translation>
    </message>
    <message>
        <source>the plan of %1 has no target %2</source>
        <translation>%1 的抽检计划没有第 %2 项</translation>
    </message>
    <message>
        <source>this target has a sheet already</source>
        <translation>该抽检项已有检查表</translation>
    </message>
    <message>
        <source>is not in %1</source>
        <translation>不在 %1 内</translation>
    </message>
    <message>
        <source>the sheet is signed: amend it instead</source>
        <translation>检查表已签核，请改用更正</translation>
    </message>
    <message>
        <source>the sheet has %1 lines, not %2</source>
        <translation>检查表有 %1 行，而不是 %2 行</translation>
    </message>
    <message>
        <source>the sheet is signed already</source>
        <translation>检查表已经签核</translation>
    </message>
    <message>
        <source>is before the day inspected</source>
        <translation>早于检查日期</translation>
    </message>
    <message>
        <source>%1 lines are not checked yet</source>
        <translation>还有 %1 项未检查</translation>
    </message>
    <message>
        <source>only a signed sheet is amended: edit the draft</source>
        <translation>只有已签核的检查表才需更正，草稿请直接修改</translation>
    </message>
    <message>
        <source>the sheet has no line %1</source>
        <translation>检查表没有第 %1 行</translation>
    </message>
    <message>
        <source>an amended line needs a result</source>
        <translation>更正后的项目需要有检查结果</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>更正需要填写原因</translation>
    </message>
    <message>
        <source>the amendment changes nothing</source>
        <translation>此更正没有改变任何内容</translation>
    </message>
    <message>
        <source>its nonconformance %1 is %2 already</source>
        <translation>其不合格项 %1 已处于 %2 状态</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is larger than 10 MiB (%1 bytes)</source>
        <translation>大于 10 MiB（%1 字节）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>is not a JPEG or PNG image</source>
        <translation>不是 JPEG 或 PNG 图片</translation>
    </message>
    <message>
        <source>where is it?</source>
        <translation>在什么位置？</translation>
    </message>
    <message>
        <source>what is wrong?</source>
        <translation>有什么问题？</translation>
    </message>
    <message>
        <source>is not after now</source>
        <translation>不晚于当前时间</translation>
    </message>
    <message>
        <source>the nonconformance was withdrawn</source>
        <translation>该不合格项已撤销</translation>
    </message>
    <message>
        <source>the change changes nothing</source>
        <translation>此修改没有改变任何内容</translation>
    </message>
    <message>
        <source>the preventive action is done already</source>
        <translation>该预防措施已完成</translation>
    </message>
    <message>
        <source>is before the action was recorded</source>
        <translation>早于措施登记时间</translation>
    </message>
    <message>
        <source>the site has a contractor of that name already</source>
        <translation>本项目已有同名的分包方</translation>
    </message>
    <message>
        <source>a warning needs a reason</source>
        <translation>书面警告需要填写原因</translation>
    </message>
    <message>
        <source>a deduction is more than 0</source>
        <translation>扣款金额须大于 0</translation>
    </message>
    <message>
        <source>a deduction needs a reason</source>
        <translation>扣款需要填写原因</translation>
    </message>
    <message>
        <source>is not a pest-control contractor</source>
        <translation>不是消杀服务公司</translation>
    </message>
    <message>
        <source>the operator signed out already</source>
        <translation>消杀人员已签退</translation>
    </message>
    <message>
        <source>%1: the site has no buildings</source>
        <translation>%1：本项目没有登记楼栋</translation>
    </message>
    <message>
        <source>%1: the site has no ground zones</source>
        <translation>%1：本项目没有登记抽查区域</translation>
    </message>
    <message>
        <source>%1: the site has no office towers</source>
        <translation>%1：本项目没有写字楼</translation>
    </message>
    <message>
        <source>%1: the site has no residential buildings</source>
        <translation>%1：本项目没有住宅楼</translation>
    </message>
    <message>
        <source>a closed or withdrawn nonconformance takes no corrective action report</source>
        <translation>已关闭或已撤销的不合格项不能再填写纠正措施报告</translation>
    </message>
    <message>
        <source>add at least one check item</source>
        <translation>请至少添加一个检查项目</translation>
    </message>
    <message>
        <source>choose office towers only or residential buildings only, not both</source>
        <translation>只能选择“仅写字楼”或“仅住宅楼”之一</translation>
    </message>
    <message>
        <source>describe what was done</source>
        <translation>请说明所做的处理</translation>
    </message>
    <message>
        <source>give the operator&apos;s licence number</source>
        <translation>请填写消杀人员的许可证号</translation>
    </message>
    <message>
        <source>is before the nonconformance&apos;s previous step</source>
        <translation>早于该不合格项的上一步</translation>
    </message>
    <message>
        <source>is before the sign-in</source>
        <translation>早于签到时间</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>name the operator</source>
        <translation>请填写消杀人员姓名</translation>
    </message>
    <message>
        <source>nonconformance %1 already exists at the site</source>
        <translation>本项目已有不合格项 %1</translation>
    </message>
    <message>
        <source>nonconformance %1 was changed by someone else; reload it</source>
        <translation>不合格项 %1 已被他人修改，请重新载入</translation>
    </message>
    <message>
        <source>only a rectified nonconformance can be verified</source>
        <translation>只有已整改的不合格项才能验证</translation>
    </message>
    <message>
        <source>only a verified nonconformance can be closed</source>
        <translation>只有验证通过的不合格项才能关闭</translation>
    </message>
    <message>
        <source>only an open nonconformance can be rectified</source>
        <translation>只有待整改的不合格项才能登记整改</translation>
    </message>
    <message>
        <source>only an open nonconformance can be withdrawn</source>
        <translation>只有待整改的不合格项才能撤销</translation>
    </message>
    <message>
        <source>record the corrective action report first</source>
        <translation>请先填写纠正措施报告</translation>
    </message>
    <message>
        <source>say what is checked</source>
        <translation>请说明检查什么</translation>
    </message>
    <message>
        <source>say why the rectification is not accepted</source>
        <translation>请说明整改为何不通过</translation>
    </message>
    <message>
        <source>the contract ends before it starts</source>
        <translation>合同结束日期早于开始日期</translation>
    </message>
    <message>
        <source>the first standard floor is above the last</source>
        <translation>起始标准层高于最高标准层</translation>
    </message>
    <message>
        <source>what caused it?</source>
        <translation>原因是什么？</translation>
    </message>
    <message>
        <source>what could cause it?</source>
        <translation>潜在原因是什么？</translation>
    </message>
    <message>
        <source>what is to be done?</source>
        <translation>要采取什么措施？</translation>
    </message>
    <message>
        <source>who does it?</source>
        <translation>由谁负责执行？</translation>
    </message>
    <message>
        <source>who is responsible?</source>
        <translation>负责人是谁？</translation>
    </message>
    <message>
        <source>must be the first day of a month</source>
        <translation>必须是某月的1日</translation>
    </message>
    <message>
        <source>no such indicator</source>
        <translation>没有此指标</translation>
    </message>
    <message>
        <source>must not exceed 100 %</source>
        <translation>不能超过100%</translation>
    </message>
    <message>
        <source>the targets from %1 have taken effect and are never rewritten: save a version from a later month</source>
        <translation>%1起的目标已生效，不能修改：请从以后的月份新建目标版本</translation>
    </message>
    <message>
        <source>has not begun</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>computed from the records, not entered by hand</source>
        <translation>由系统根据记录计算，不需手工录入</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>必须大于0</translation>
    </message>
    <message>
        <source>must not exceed the denominator</source>
        <translation>不能大于分母</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>no such frozen report</source>
        <translation>没有此冻结报告</translation>
    </message>
    <message>
        <source>missing, or not a whole number</source>
        <translation>缺少，或不是整数</translation>
    </message>
    <message>
        <source>missing, or not a number</source>
        <translation>缺少，或不是数字</translation>
    </message>
    <message>
        <source>unknown comparator &apos;%1&apos; (&gt;=, &lt;= or &lt;)</source>
        <translation>未知的比较符“%1”（应为 &gt;=、&lt;= 或 &lt;）</translation>
    </message>
    <message>
        <source>unsupported report format %1 (expected 1)</source>
        <translation>不支持的报告格式 %1（应为 1）</translation>
    </message>
    <message>
        <source>the site has a target version from that date already</source>
        <translation>该项目已有此日期起的目标版本</translation>
    </message>
    <message>
        <source>no site is selected</source>
        <translation>未选择项目</translation>
    </message>
</context>
<context>
    <name>ServicePermission</name>
    <message>
        <source>see this site&apos;s records</source>
        <translation>查看本项目的记录</translation>
    </message>
    <message>
        <source>log work orders</source>
        <translation>登记工单</translation>
    </message>
    <message>
        <source>update work orders</source>
        <translation>更新工单</translation>
    </message>
    <message>
        <source>record revisits</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>dispatch work orders</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>cancel work orders</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>import work orders</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <source>export work orders</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>change the staff list</source>
        <translation>修改员工名单</translation>
    </message>
    <message>
        <source>change rule sets</source>
        <translation>修改规则集</translation>
    </message>
    <message>
        <source>change holiday calendars</source>
        <translation>修改节假日日历</translation>
    </message>
    <message>
        <source>add or change sites</source>
        <translation>添加或修改项目</translation>
    </message>
    <message>
        <source>see KPI reports</source>
        <translation>查看 KPI 报表</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation>备份或还原数据</translation>
    </message>
    <message>
        <source>take complaints</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>judge whether a complaint is valid</source>
        <translation>判定是否为有效投诉</translation>
    </message>
    <message>
        <source>withdraw complaints</source>
        <translation>撤销投诉</translation>
    </message>
    <message>
        <source>import complaints</source>
        <translation>导入投诉</translation>
    </message>
    <message>
        <source>export complaints</source>
        <translation>导出投诉</translation>
    </message>
    <message>
        <source>change the security set-up and patrol routes</source>
        <translation>修改秩序维护设置和巡更路线</translation>
    </message>
    <message>
        <source>edit security rosters</source>
        <translation>编排护卫排班表</translation>
    </message>
    <message>
        <source>record patrol scans</source>
        <translation>补录巡更打卡</translation>
    </message>
    <message>
        <source>import patrol records</source>
        <translation>导入巡更记录</translation>
    </message>
    <message>
        <source>record handovers and the duty log</source>
        <translation>登记交接班和值班记录</translation>
    </message>
    <message>
        <source>record spot checks</source>
        <translation>登记查岗</translation>
    </message>
    <message>
        <source>change inspection templates and the inspection set-up</source>
        <translation>修改检查模板和检查设置</translation>
    </message>
    <message>
        <source>record inspection sheets</source>
        <translation>填写检查表</translation>
    </message>
    <message>
        <source>handle nonconformances</source>
        <translation>处理不合格项</translation>
    </message>
    <message>
        <source>manage subcontractors, warnings and deductions</source>
        <translation>管理分包方、书面警告和扣款</translation>
    </message>
    <message>
        <source>record pest-control visits</source>
        <translation>登记消杀人员来访</translation>
    </message>
    <message>
        <source>enter the monthly figures and notes</source>
        <translation>录入月度指标数据和整改说明</translation>
    </message>
    <message>
        <source>change KPI targets or freeze reports</source>
        <translation>修改KPI目标或冻结报告</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Work on another PropDesk database file</source>
        <translation>切换到另一个 PropDesk 数据库文件</translation>
    </message>
    <message>
        <source>&amp;New empty database…</source>
        <translation>新建空数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a database file without sites or orders and work on it</source>
        <translation>新建一个不含项目和工单的数据库文件并切换到它</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>A new language applies the next time PropDesk starts.</source>
        <translation>新的语言在下次启动 PropDesk 时生效。</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>电话（可选）</translation>
    </message>
    <message>
        <source>Trade, e.g. plumbing and electrics (optional)</source>
        <translation>工种，如水电（可选）</translation>
    </message>
    <message>
        <source>&amp;Add to staff</source>
        <translation>添加员工(&amp;A)</translation>
    </message>
    <message>
        <source>Double-click a name, phone or trade to change it. Untick Active for someone who has left: orders can no longer be dispatched to them, and the history keeps their name.</source>
        <translation>双击姓名、电话或工种即可修改。员工离职时取消勾选“在岗”：此后不能再向其派工，历史记录仍保留其姓名。</translation>
    </message>
    <message>
        <source>Add a site to this database and work on it</source>
        <translation>在此数据库中添加项目并切换到该项目</translation>
    </message>
    <message>
        <source>A&amp;dd site…</source>
        <translation>添加项目(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>SheetPrint</name>
    <message>
        <source>Monthly sample inspection sheet</source>
        <translation>清洁绿化月检抽检表</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation>检查人：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>not signed off yet</source>
        <translation>尚未签核</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>corrected on the spot</source>
        <translation>当场纠正</translation>
    </message>
    <message>
        <source>Tick one box per line: pass, fail or not applicable. Write what is wrong next to every failure, whether it was corrected on the spot, and mark severe ones. Every failure becomes a nonconformance to rectify the same day.</source>
        <translation>每项在“合格”“不合格”“不适用”中勾选一项。不合格项须在备注中写明问题、是否当场纠正，严重不合格须注明。每个不合格项均列为不合格服务，当日整改。</translation>
    </message>
    <message>
        <source>Other findings:</source>
        <translation>其他发现：</translation>
    </message>
    <message>
        <source>Lines: %1, failed: %2</source>
        <translation>检查项目 %1 项，不合格 %2 项</translation>
    </message>
    <message>
        <source>cleaning rate %1</source>
        <translation>保洁率 %1</translation>
    </message>
    <message>
        <source>greening intact rate %1</source>
        <translation>绿化完好率 %1</translation>
    </message>
    <message>
        <source>Amendments after signing off:</source>
        <translation>签核后更正：</translation>
    </message>
    <message>
        <source>%1: %2 → %3, by %4 at %5; reason: %6</source>
        <translation>%1：%2 → %3，%4 于 %5 更正；更正原因：%6</translation>
    </message>
    <message>
        <source>Nonconformances raised:</source>
        <translation>提出的不合格项：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>不合格内容</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed off in PropDesk by %1 at %2</source>
        <translation>已由 %1 于 %2 在 PropDesk 中签核</translation>
    </message>
    <message>
        <source>Cleaning supervisor (signature):</source>
        <translation>清洁绿化主管（签名）：</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%1 由 %2 打印</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>照片 %1 张</translation>
    </message>
    <message>
        <source>Daily inspection sheet</source>
        <translation>清洁绿化日检检查表</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>PropDesk cannot read the user accounts.</source>
        <translation>PropDesk 无法读取用户账号。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – PropDesk</source>
        <translation>登录 – PropDesk</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>登录名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your sign-in name</source>
        <translation>您的登录名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <source>This is the demo database: click an account to fill in its name and password, double-click to sign in with it. Each role sees and may do different things.</source>
        <translation>这是演示数据库：单击账号即可填入登录名和密码，双击直接登录。不同角色能看到和能做的事各不相同。</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Add site</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>A short code that cannot change later: 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>简短代码，创建后不可更改：1 至 16 个字母、数字、“-”或“_”</translation>
    </message>
    <message>
        <source>e.g. HQ or LC01</source>
        <translation>如 HQ 或 LC01</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The property&apos;s name, as residents know it</source>
        <translation>业主熟知的项目名称</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose a zone or type any IANA time zone name, e.g. Asia/Urumqi</source>
        <translation>选择时区，或输入任意 IANA 时区名称，如 Asia/Urumqi</translation>
    </message>
    <message>
        <source>C&amp;alendar:</source>
        <translation>日历(&amp;A)：</translation>
    </message>
    <message>
        <source>Which days count as working days for deadlines in working time</source>
        <translation>按工作时间计算时限时，哪些日子算作工作日</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>工作时间(&amp;W)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Residents:</source>
        <translation>人数(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>今日备份：%1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未还原任何数据：%1</translation>
    </message>
    <message>
        <source>The backup %1 is restored. The damaged file is kept as %2.</source>
        <translation>已还原备份 %1。损坏的文件保留为 %2。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>登录名(&amp;S)：</translation>
    </message>
    <message>
        <source>What they type to sign in, e.g. wangfang</source>
        <translation>登录时输入的名称，例如 wangfang</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>As the history shows it, e.g. 王芳</source>
        <translation>处理记录中显示的姓名，例如 王芳</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>项目(&amp;I)：</translation>
    </message>
    <message>
        <source>A&amp;ctive: may sign in</source>
        <translation>在用：可以登录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Everyone who works with PropDesk signs in with an account of their own. The role decides what they may do, the sites where: front desk staff log and follow up orders, supervisors also dispatch, cancel, import, export and keep the staff lists, managers also add sites and read the audit trail. Administrators look after accounts and backups and change no work orders.</source>
        <translation>每位使用 PropDesk 的人都用自己的账号登录。角色决定能做什么，项目决定在哪里做：客服/前台登记和跟进工单；主管还可以派工、取消、导入、导出并维护员工名单；经理还可以添加项目、查看审计日志。系统管理员负责账号和备份，不修改工单。</translation>
    </message>
    <message>
        <source>Create an account: sign-in name, role, sites and a first password</source>
        <translation>新建账号：登录名、角色、项目和初始密码</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change the selected account&apos;s display name, role, sites, or deactivate it</source>
        <translation>修改所选账号的显示名称、角色、项目，或停用该账号</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>编辑用户(&amp;E)…</translation>
    </message>
    <message>
        <source>Give the selected account a new password, for someone who forgot theirs</source>
        <translation>为忘记密码的人给所选账号设置新密码</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetail</name>
    <message>
        <source>Select an order to see its history and deadlines.</source>
        <translation>选择工单以查看其处理记录和时限。</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>报修位置：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>报修人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>维修人员：</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>报修时间：</translation>
    </message>
    <message>
        <source>Agreed time:</source>
        <translation>约定时间：</translation>
    </message>
    <message>
        <source>Rework of:</source>
        <translation>返修原单：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Who changed this order and what they changed</source>
        <translation>谁修改了此工单，改了什么</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::AmendLineDialog</name>
    <message>
        <source>Amend a signed sheet</source>
        <translation>更正已签核的检查表</translation>
    </message>
    <message>
        <source>A signed sheet is changed only by an amendment: the old and the new result and the reason are kept with the sheet and in the audit trail. A line amended to a failure raises its nonconformance; a failure amended away withdraws it while it is still open.</source>
        <translation>已签核的检查表只能通过更正修改：原结果、新结果和更正原因随检查表保存，并记入审计日志。更正为不合格的项目会提出不合格项；不合格更正为其他结果时，若其不合格项仍待整改，则予以撤销。</translation>
    </message>
    <message>
        <source>Why the signed result was wrong, e.g. rechecked with the contractor</source>
        <translation>签核结果为何有误，例如与服务公司复查后确认</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>检查项目(&amp;L)：</translation>
    </message>
    <message>
        <source>New &amp;result:</source>
        <translation>新结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>更正原因(&amp;S)：</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::AssignNonconformanceDialog</name>
    <message>
        <source>Assign nonconformance</source>
        <translation>指派不合格项</translation>
    </message>
    <message>
        <source>No contractor</source>
        <translation>无分包方</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ontractor:</source>
        <translation>分包方(&amp;O)：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::AuditChangesModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::AuditChangesPresenter</name>
    <message>
        <source>Select an entry to see the fields it changed.</source>
        <translation>选择一条记录，查看它修改了哪些字段。</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%2 于 %3 %1</translation>
    </message>
    <message>
        <source>%1: %2; no field changed</source>
        <translation>%1：%2；未修改任何字段</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::AuditModel</name>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The changes could not be read: %1</source>
        <translation>无法读取变更记录：%1</translation>
    </message>
    <message>
        <source>%1 entries so far: scroll down for older ones</source>
        <translation>已显示 %1 条记录：向下滚动查看更早的记录</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::AuditRecordView</name>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::AuditView</name>
    <message>
        <source>All records</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::BackupPage</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Backups in the folder: none yet</source>
        <translation>文件夹中的备份：暂无</translation>
    </message>
    <message numerus="yes">
        <source>Backups in the folder (%n)</source>
        <translation>
            <numerusform>文件夹中的备份（%n 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未能备份：%1</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份到 %1（%2）。</translation>
    </message>
    <message>
        <source>Restore the backup made %1?

All data of %2 is replaced with the backup&apos;s: whatever was entered since then is gone, for everybody using this database.

PropDesk first backs up the current data to %3 (a file ending in &quot;-before-restore.db&quot;), so that nothing is lost for good.</source>
        <translation>要还原 %1 的备份吗？

%2 的全部数据将被替换为备份中的数据：此后录入的内容都会消失，对使用该数据库的所有人都是如此。

PropDesk 会先把当前数据备份到 %3（文件名以“-before-restore.db”结尾），不会永久丢失任何数据。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>还原备份</translation>
    </message>
    <message>
        <source>Back up the current data and restore</source>
        <translation>备份当前数据并还原</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未还原任何数据：%1</translation>
    </message>
    <message>
        <source>Restored %1. The data from before the restore is in %2.</source>
        <translation>已还原 %1。还原前的数据保存在 %2。</translation>
    </message>
    <message>
        <source>Checking… you can keep working.</source>
        <translation>正在检查……可以继续工作。</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>无法进行检查：%1</translation>
    </message>
    <message>
        <source>No problems found (checked %1).</source>
        <translation>未发现问题（检查于 %1）。</translation>
    </message>
    <message>
        <source>The database is damaged. Restore the newest backup that passes the check, or ask for help. SQLite reports:
%1</source>
        <translation>数据库已损坏。请还原通过检查的最新备份，或寻求技术支持。SQLite 报告：
%1</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::BoardModel</name>
    <message>
        <source>paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>No rule measures this order.</source>
        <translation>此工单不受任何时限规则考核。</translation>
    </message>
    <message>
        <source>the agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1 on hold: the clock stands still (%2)</source>
        <translation>%1：暂停中，停止计时（%2）</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1时限 %2（%3）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一节点</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::CloseNonconformanceDialog</name>
    <message>
        <source>Close nonconformance</source>
        <translation>关闭不合格项</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::CompanyView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the month again from the records as they are now</source>
        <translation>按当前记录重新计算本月指标</translation>
    </message>
    <message>
        <source>Your role may not view the KPI reports.</source>
        <translation>您的角色无权查看KPI报告。</translation>
    </message>
    <message>
        <source>As of now: %1</source>
        <translation>截至当前：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Missed indicators</source>
        <translation>未达标指标数</translation>
    </message>
    <message>
        <source>No site to show.</source>
        <translation>没有可显示的项目。</translation>
    </message>
    <message>
        <source>%1 — sites: %2, with missed indicators: %3.</source>
        <translation>%1 — 项目：%2 个，有未达标指标：%3 个。</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>分子：%1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>分母：%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Value: %1 (%2 / %3)</source>
        <translation>实际值：%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标值：%1</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintBoardModel</name>
    <message>
        <source>not routed</source>
        <translation>未转办</translation>
    </message>
    <message>
        <source>Reply to resident</source>
        <translation>回复业主</translation>
    </message>
    <message>
        <source>Resolved: report the result back to the resident and the office head</source>
        <translation>已处理：请将结果回复业主并报管理处负责人</translation>
    </message>
    <message>
        <source>No rule measures this complaint.</source>
        <translation>此投诉不受任何时限规则考核。</translation>
    </message>
    <message>
        <source>%1 by %2 (rule %3)</source>
        <translation>%1时限 %2（规则 %3）</translation>
    </message>
    <message>
        <source>No response since %1; it was due by %2. The site&apos;s supervisor and manager are alerted.</source>
        <translation>自 %1 起未响应，应于 %2 前响应。已提醒本项目主管和经理。</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resident / location</source>
        <translation>投诉人 / 位置</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一节点</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>No response for %1</source>
        <translation>已 %1未响应</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintBoardView</name>
    <message>
        <source>Show the longest overdue</source>
        <translation>查看超时最久的投诉</translation>
    </message>
    <message>
        <source>1 complaint on the board</source>
        <translation>看板上 1 件投诉</translation>
    </message>
    <message>
        <source>%1 complaints on the board</source>
        <translation>看板上 %1 件投诉</translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <translation>%1 · %2 件超时</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 complaint&lt;/b&gt; is past its response deadline without a response: %1, no response for %2.</source>
        <translation>&lt;b&gt;1 件投诉&lt;/b&gt;已过响应时限仍未响应：%1，已 %2未响应。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 complaints&lt;/b&gt; are past their response deadline without a response. The longest waiting: %2, no response for %3.</source>
        <translation>&lt;b&gt;%1 件投诉&lt;/b&gt;已过响应时限仍未响应。等待最久的是 %2，已 %3未响应。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintDetail</name>
    <message>
        <source>&amp;Route…</source>
        <translation>转办(&amp;R)…</translation>
    </message>
    <message>
        <source>Res&amp;pond…</source>
        <translation>响应(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>处理完毕(&amp;S)…</translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation>回复业主(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;visit…</source>
        <translation>回访(&amp;V)…</translation>
    </message>
    <message>
        <source>V&amp;erdict…</source>
        <translation>有效性判定(&amp;E)…</translation>
    </message>
    <message>
        <source>Lin&amp;k work order…</source>
        <translation>关联工单(&amp;K)…</translation>
    </message>
    <message>
        <source>Raise &amp;work order…</source>
        <translation>生成工单(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw…</source>
        <translation>撤诉(&amp;H)…</translation>
    </message>
    <message>
        <source>Send the complaint to the department responsible (again, to re-route it)</source>
        <translation>将投诉转办至责任部门（再次转办即改派）</translation>
    </message>
    <message>
        <source>Record what the resident was told: the response milestone</source>
        <translation>登记对业主的答复：即响应节点</translation>
    </message>
    <message>
        <source>Record the resolution and the measures taken</source>
        <translation>登记处理结果及整改措施</translation>
    </message>
    <message>
        <source>Record the reply to the resident and the office head informed</source>
        <translation>登记向业主的回复及已报告的管理处负责人</translation>
    </message>
    <message>
        <source>Record the revisit call and the resident&apos;s satisfaction</source>
        <translation>登记回访及业主满意度</translation>
    </message>
    <message>
        <source>Link the complaint to the work order it is about</source>
        <translation>将投诉关联到所涉及的工单</translation>
    </message>
    <message>
        <source>Log a work order for the repair the complaint asks for, linked to it</source>
        <translation>为投诉所需的维修生成工单，并与投诉关联</translation>
    </message>
    <message>
        <source>Add a further call or remark</source>
        <translation>补充来电或备注</translation>
    </message>
    <message>
        <source>Close the complaint because the resident withdrew it</source>
        <translation>业主撤诉，关闭此投诉</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>投诉渠道：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>投诉类别：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>First responder:</source>
        <translation>首问责任人：</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>投诉人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>责任部门：</translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation>相关工单：</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>有效性判定：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>回复业主：</translation>
    </message>
    <message>
        <source>Revisit:</source>
        <translation>回访：</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Select a complaint to see its history and deadlines.</source>
        <translation>选择一件投诉，查看其处理记录和时限。</translation>
    </message>
    <message>
        <source>The complaint could not be read: %1</source>
        <translation>无法读取该投诉：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not routed yet</source>
        <translation>尚未转办</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Not a valid complaint</source>
        <translation>非有效投诉</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (reported to %2)</source>
        <translation>%1（已报告%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rating given</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>The deadlines could not be evaluated: %1</source>
        <translation>无法计算时限：%1</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1, %2 over</source>
        <translation>%1，超出 %2</translation>
    </message>
    <message>
        <source>Route the complaint first</source>
        <translation>请先转办投诉</translation>
    </message>
    <message>
        <source>%1 · Measures: %2</source>
        <translation>%1 · 整改措施：%2</translation>
    </message>
    <message>
        <source>Judge whether the complaint is valid</source>
        <translation>判定是否为有效投诉</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintEventDialog</name>
    <message>
        <source>Now, or when it happened: not before %1, the complaint&apos;s previous step.</source>
        <translation>默认为现在，也可填写实际发生时间：不得早于上一步骤的时间 %1。</translation>
    </message>
    <message>
        <source>Now, or when it happened: not before %1, when the complaint was received.</source>
        <translation>默认为现在，也可填写实际发生时间：不得早于受理时间 %1。</translation>
    </message>
    <message>
        <source>Choose the department</source>
        <translation>请选择部门</translation>
    </message>
    <message>
        <source>&amp;Valid complaint</source>
        <translation>有效投诉(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Not a valid complaint</source>
        <translation>非有效投诉(&amp;N)</translation>
    </message>
    <message>
        <source>Route complaint</source>
        <translation>转办投诉</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional: what the department should know</source>
        <translation>选填：需要责任部门了解的情况</translation>
    </message>
    <message>
        <source>Now with %1.</source>
        <translation>当前由%1处理。</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>登记响应</translation>
    </message>
    <message>
        <source>&amp;Told the resident:</source>
        <translation>答复业主(&amp;T)：</translation>
    </message>
    <message>
        <source>Required: what the resident was told (the response milestone)</source>
        <translation>必填：对业主的答复内容（即响应节点）</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>处理结果(&amp;S)：</translation>
    </message>
    <message>
        <source>Required: how the complaint was resolved</source>
        <translation>必填：投诉如何处理解决</translation>
    </message>
    <message>
        <source>Reply to resident</source>
        <translation>回复业主</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>回复内容(&amp;R)：</translation>
    </message>
    <message>
        <source>Required: what the resident was told about the result</source>
        <translation>必填：向业主反馈的处理结果</translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation>有效性判定</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Required: why the complaint is or is not valid</source>
        <translation>必填：判定为有效或非有效投诉的理由</translation>
    </message>
    <message>
        <source>Replaces the current verdict: %1 (%2).</source>
        <translation>将取代当前判定：%1（%2）。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>非有效投诉</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Required: a further call, a visit, anything worth keeping</source>
        <translation>必填：业主再次来电、来访或其他需记录的情况</translation>
    </message>
    <message>
        <source>Withdraw complaint</source>
        <translation>撤诉</translation>
    </message>
    <message>
        <source>Required: why the resident withdrew the complaint</source>
        <translation>必填：业主撤诉的原因</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>整改措施(&amp;M)：</translation>
    </message>
    <message>
        <source>What is done so that it does not happen again</source>
        <translation>为避免再次发生采取的措施</translation>
    </message>
    <message>
        <source>Office &amp;head:</source>
        <translation>管理处负责人(&amp;H)：</translation>
    </message>
    <message>
        <source>Required: name of the office head</source>
        <translation>必填：管理处负责人姓名</translation>
    </message>
    <message>
        <source>The head of the management office, to whom the result was reported.</source>
        <translation>处理结果已报告的管理处负责人（管理处主任）。</translation>
    </message>
    <message>
        <source>Choose the department the complaint goes to.</source>
        <translation>请选择投诉转办的部门。</translation>
    </message>
    <message>
        <source>Say whether the complaint is valid.</source>
        <translation>请选择是否为有效投诉。</translation>
    </message>
    <message>
        <source>Route the complaint to change its department</source>
        <translation>如需更换责任部门，请重新转办</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintHistoryModel</name>
    <message>
        <source>The complaints could not be counted: %1</source>
        <translation>无法统计投诉数量：%1</translation>
    </message>
    <message>
        <source>The complaints could not be read: %1</source>
        <translation>无法读取投诉：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1+ complaints</source>
        <translation>%1+ 件投诉</translation>
    </message>
    <message>
        <source>1 complaint</source>
        <translation>1 件投诉</translation>
    </message>
    <message>
        <source>%1 complaints</source>
        <translation>%1 件投诉</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintHistoryView</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Search as you type; Enter searches at once (%1)</source>
        <translation>输入时自动搜索；按回车立即搜索（%1）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Received, routed or responded: not resolved yet</source>
        <translation>已受理、已转办或已响应：尚未处理完毕</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>全部判定</translation>
    </message>
    <message>
        <source>Valid complaints</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Invalid complaints</source>
        <translation>非有效投诉</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintIntakeForm</name>
    <message>
        <source>Not yet (route it later)</source>
        <translation>暂不转办（稍后再定）</translation>
    </message>
    <message>
        <source>The work order the complaint is about, e.g. a repair that did not hold; the site&apos;s open orders are offered as you type</source>
        <translation>投诉所涉及的工单，如维修后问题复发；输入时会提示本项目未完成的工单</translation>
    </message>
    <message>
        <source>First-contact responsibility: whoever takes the complaint follows it to the end</source>
        <translation>首问责任制：谁受理投诉，谁负责跟进到底</translation>
    </message>
    <message>
        <source>Take the complaint (%1)</source>
        <translation>受理投诉（%1）</translation>
    </message>
    <message>
        <source>Empty the form for the next complaint (%1)</source>
        <translation>清空表单，受理下一件投诉（%1）</translation>
    </message>
    <message>
        <source>There is no site to take the complaint for: add one in Settings.</source>
        <translation>没有可受理投诉的项目：请先在“设置”中添加项目。</translation>
    </message>
    <message>
        <source>Took complaint %1 and routed it to %2.</source>
        <translation>已受理投诉 %1，并转办至%2。</translation>
    </message>
    <message>
        <source>Took complaint %1.</source>
        <translation>已受理投诉 %1。</translation>
    </message>
    <message>
        <source>No site is selected.</source>
        <translation>未选择项目。</translation>
    </message>
    <message>
        <source>%1: no rule applies</source>
        <translation>%1：无适用规则</translation>
    </message>
    <message>
        <source>%1 by &lt;b&gt;%2&lt;/b&gt; (overdue by %3)</source>
        <translation>%1时限 &lt;b&gt;%2&lt;/b&gt;（已超时 %3）</translation>
    </message>
    <message>
        <source>%1 by &lt;b&gt;%2&lt;/b&gt; (%3 left)</source>
        <translation>%1时限 &lt;b&gt;%2&lt;/b&gt;（剩余 %3）</translation>
    </message>
    <message>
        <source>No rule measures this complaint.</source>
        <translation>此投诉不受任何时限规则考核。</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Rule set %1</source>
        <translation>规则集 %1</translation>
    </message>
    <message>
        <source>A phone number has 5 to 20 digits (spaces, dashes and a leading + are fine).</source>
        <translation>电话号码应为 5 至 20 位数字（可含空格、短横线及开头的 +）。</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (role)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintLinkDialog</name>
    <message>
        <source>Link work order – %1</source>
        <translation>关联工单 – %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>The code of an order of this site</source>
        <translation>本项目的工单编号</translation>
    </message>
    <message>
        <source>Type a few digits of the code to choose among the site&apos;s recent orders.</source>
        <translation>输入编号中的几位数字，即可从本项目近期工单中选择。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, reported %4</source>
        <translation>%1 · %2 · %3，报修时间 %4</translation>
    </message>
    <message>
        <source>Name the work order.</source>
        <translation>请填写工单编号。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintRevisitDialog</name>
    <message>
        <source>Revisit – %1</source>
        <translation>回访 – %1</translation>
    </message>
    <message>
        <source>Replied: %1</source>
        <translation>已回复：%1</translation>
    </message>
    <message>
        <source>Now, or when the call took place: not before %1, when the resident was replied to.</source>
        <translation>默认为现在，也可填写实际回访时间：不得早于回复业主的时间 %1。</translation>
    </message>
    <message>
        <source>Required for a rating of %1 or %2: the reason is followed up.</source>
        <translation>评价为“%1”或“%2”时必填：将跟进处理原因。</translation>
    </message>
    <message>
        <source>Record revisit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>No rating given</source>
        <translation>业主未评价</translation>
    </message>
    <message>
        <source>Choose how satisfied the resident is, or that no rating was given.</source>
        <translation>请选择业主的满意度，或选择“业主未评价”。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintRevisitQueueModel</name>
    <message>
        <source>Complaint</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>The revisit queue could not be read: %1</source>
        <translation>无法读取回访队列：%1</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintRevisitQueueView</name>
    <message>
        <source>Re&amp;visit…</source>
        <translation>回访(&amp;V)…</translation>
    </message>
    <message>
        <source>Record the revisit call for the selected complaint (double-click or Enter)</source>
        <translation>登记所选投诉的回访（双击或按回车）</translation>
    </message>
    <message>
        <source>The complaint could not be read: %1</source>
        <translation>无法读取该投诉：%1</translation>
    </message>
    <message>
        <source>1 replied complaint awaits its revisit</source>
        <translation>1 件已回复的投诉待回访</translation>
    </message>
    <message>
        <source>%1 replied complaints await their revisit</source>
        <translation>%1 件已回复的投诉待回访</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintTimelineModel</name>
    <message>
        <source>To %1</source>
        <translation>转至%1</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Not a valid complaint</source>
        <translation>非有效投诉</translation>
    </message>
    <message>
        <source>Rating: %1 %2</source>
        <translation>评价：%1 %2</translation>
    </message>
    <message>
        <source>No rating given</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>整改措施：%1</translation>
    </message>
    <message>
        <source>Reported to %1</source>
        <translation>已报告%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintWorkOrderDialog</name>
    <message>
        <source>Raise work order – %1</source>
        <translation>生成工单 – %1</translation>
    </message>
    <message>
        <source>Raise work order</source>
        <translation>生成工单</translation>
    </message>
    <message>
        <source>Choose the trade</source>
        <translation>请选择维修类别</translation>
    </message>
    <message>
        <source>Logged now at %1 for %2 and linked to this complaint.</source>
        <translation>将立即为%2在%1登记报修工单，并与本投诉关联。</translation>
    </message>
    <message>
        <source>the complaint&apos;s location</source>
        <translation>投诉位置</translation>
    </message>
    <message>
        <source>the resident</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Choose the trade the repair needs.</source>
        <translation>请选择维修所需的类别。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ComplaintsPage</name>
    <message>
        <source>Board</source>
        <translation>投诉看板</translation>
    </message>
    <message>
        <source>Revisit queue</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>History</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <source>Open complaints, the most urgent first, with the time left to respond or resolve</source>
        <translation>未办结的投诉，最紧急的排在前面，显示响应或办结的剩余时间</translation>
    </message>
    <message>
        <source>Replied complaints waiting for the call-back to the resident, longest waiting first</source>
        <translation>已回复、等待回访的投诉，等待最久的排在前面</translation>
    </message>
    <message>
        <source>Every complaint, filtered and searched, with its full timeline</source>
        <translation>全部投诉，可筛选、搜索，并查看完整处理经过</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::CompletePreventiveActionDialog</name>
    <message>
        <source>Complete preventive action</source>
        <translation>完成预防措施</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ContractorDialog</name>
    <message>
        <source>Edit contractor</source>
        <translation>编辑分包方</translation>
    </message>
    <message>
        <source>Add contractor</source>
        <translation>新增分包方</translation>
    </message>
    <message>
        <source>Pest control: the company&apos;s licence</source>
        <translation>消杀公司：填写公司许可证号</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>有效(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务类别(&amp;S)：</translation>
    </message>
    <message>
        <source>Monthly &amp;fee:</source>
        <translation>月服务费(&amp;F)：</translation>
    </message>
    <message>
        <source>Contract &amp;from:</source>
        <translation>合同开始(&amp;F)：</translation>
    </message>
    <message>
        <source>Contract &amp;to:</source>
        <translation>合同结束(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证号(&amp;L)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ContractorFormDialog</name>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ContractorsView</name>
    <message>
        <source>&amp;Add contractor…</source>
        <translation>新增分包方(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Written &amp;warning…</source>
        <translation>书面警告(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Deduction…</source>
        <translation>扣款(&amp;D)…</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>分包方</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Monthly fee (yuan)</source>
        <translation>月服务费（元）</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同期</translation>
    </message>
    <message>
        <source>Warnings in 12 months</source>
        <translation>近 12 个月警告</translation>
    </message>
    <message>
        <source>Deducted this month (yuan)</source>
        <translation>本月扣款（元）</translation>
    </message>
    <message>
        <source>Open nonconformances</source>
        <translation>未关闭不合格项</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Written warnings</source>
        <translation>书面警告</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>Nonconformance</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deductions, last 12 months</source>
        <translation>近 12 个月扣款</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Contractors</source>
        <translation>分包方</translation>
    </message>
    <message>
        <source>Pest-control visits</source>
        <translation>消杀登记</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 · may terminate</source>
        <translation>%1 · 可终止合同</translation>
    </message>
    <message>
        <source>%1 written warnings in the last 12 months: the limit of %2 gives the right to terminate the subcontract.</source>
        <translation>近 12 个月书面警告 %1 次：达到 %2 次即可终止分包合同。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not under contract today</source>
        <translation>今日不在合同期内</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&lt;b&gt;May terminate:&lt;/b&gt; %1 reached %2 written warnings within 12 months, which gives the right to terminate the subcontract.</source>
        <translation>&lt;b&gt;可终止合同：&lt;/b&gt;%1 在 12 个月内书面警告已达 %2 次，可终止分包合同。</translation>
    </message>
    <message>
        <source>Older than 12 months: no longer counted</source>
        <translation>已超过 12 个月，不再计入</translation>
    </message>
    <message>
        <source>Contractors: %1 · standing on %2</source>
        <translation>分包方 %1 家 · 统计日期 %2</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::CorrectiveActionDialog</name>
    <message>
        <source>Corrective action report</source>
        <translation>纠正措施报告</translation>
    </message>
    <message>
        <source>Recorded by %1 at %2; saving replaces it.</source>
        <translation>已由 %1 于 %2 填写；保存将替换原报告。</translation>
    </message>
    <message>
        <source>Required: a severe nonconformance cannot be closed without this report.</source>
        <translation>必填：严重不合格项须填写本报告后方可关闭。</translation>
    </message>
    <message>
        <source>Required: minor nonconformances cluster in this area; it cannot be closed without this report.</source>
        <translation>必填：该区域轻微不合格项集中出现，须填写本报告后方可关闭。</translation>
    </message>
    <message>
        <source>Cause &amp;analysis:</source>
        <translation>原因分析(&amp;A)：</translation>
    </message>
    <message>
        <source>Corrective a&amp;ction:</source>
        <translation>纠正措施(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>完成期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Record report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::DailySheetView</name>
    <message>
        <source>&amp;Start or open</source>
        <translation>开始或打开(&amp;S)</translation>
    </message>
    <message>
        <source>Start the sheet of this area, place and day, or open it when it exists</source>
        <translation>开始该区域、地点和日期的检查表；已有则打开</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Inspector:</source>
        <translation>检查人(&amp;I)：</translation>
    </message>
    <message>
        <source>Keys: P pass · F fail · N not applicable · Space cycles · S severe · C corrected on the spot · Enter next line · type in the Note column to write a note</source>
        <translation>按键：P 合格 · F 不合格 · N 不适用 · 空格 轮换 · S 严重 · C 当场纠正 · Enter 下一项 · 在备注列直接输入备注</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>The selected line meets the standard (P)</source>
        <translation>所选项目符合标准（P）</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>The selected line fails the standard (F)</source>
        <translation>所选项目不符合标准（F）</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>The selected line does not apply today (N)</source>
        <translation>所选项目今日不适用（N）</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Attach a JPEG or PNG file to the selected line</source>
        <translation>为所选项目添加 JPEG 或 PNG 照片</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the results so far; the sheet stays a draft</source>
        <translation>保存目前的结果，检查表仍为草稿</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>签核(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign the sheet off: it becomes read-only and every failure becomes a nonconformance</source>
        <translation>签核检查表：签核后只读，每个不合格项目列为不合格项</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>更正(&amp;A)…</translation>
    </message>
    <message>
        <source>Correct a line of the signed sheet, with a reason</source>
        <translation>更正已签核检查表的某一项目，须注明原因</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Print this sheet on A4</source>
        <translation>用 A4 纸打印本检查表</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save this sheet as a PDF file</source>
        <translation>将本检查表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Blank sheet…</source>
        <translation>空白检查表(&amp;B)…</translation>
    </message>
    <message>
        <source>Print an empty sheet of the chosen area to fill in by hand</source>
        <translation>打印所选区域的空白检查表，供现场手填</translation>
    </message>
    <message>
        <source>The photos of the selected line; double-click to enlarge</source>
        <translation>所选项目的照片；双击放大</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>更正人</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原结果</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Photos of the line</source>
        <translation>项目照片</translation>
    </message>
    <message>
        <source>No sheet open: choose the area, the place and the day, then Start.</source>
        <translation>未打开检查表：请选择区域、地点和日期，然后点“开始”。</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2</source>
        <translation>%1 于 %2 签核</translation>
    </message>
    <message>
        <source>Draft, not saved</source>
        <translation>草稿，未保存</translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation>已检 %1/%2 项</translation>
    </message>
    <message>
        <source>cleaning rate %1</source>
        <translation>保洁率 %1</translation>
    </message>
    <message>
        <source>greening intact rate %1</source>
        <translation>绿化完好率 %1</translation>
    </message>
    <message>
        <source>corrected on the spot</source>
        <translation>当场纠正</translation>
    </message>
    <message>
        <source>Sign off the sheet</source>
        <translation>签核检查表</translation>
    </message>
    <message>
        <source>Sign off this sheet? Every line passed or does not apply; the sheet becomes read-only.</source>
        <translation>签核本检查表？各项均为合格或不适用；签核后检查表只读。</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签核</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>No template of this area type is in force on that day.</source>
        <translation>该日期没有生效的此区域检查表模板。</translation>
    </message>
    <message>
        <source>Export the sheet as PDF</source>
        <translation>将检查表导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>不合格 %1 项</translation>
    </message>
    <message>
        <source>nonconformances raised: %1</source>
        <translation>提出不合格项 %1 个</translation>
    </message>
    <message>
        <source>amendments: %1</source>
        <translation>更正 %1 次</translation>
    </message>
    <message>
        <source>Lines not checked yet: %1. Give every line a result before signing off.</source>
        <translation>还有 %1 项未检：签核前每一项都须有结果。</translation>
    </message>
    <message>
        <source>Sign off this sheet? It becomes read-only, and the failures below become nonconformances to rectify (%1):</source>
        <translation>签核本检查表？签核后只读，以下 %1 个不合格项目将列为待整改的不合格项：</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::DeductionDialog</name>
    <message>
        <source>Deduct from the monthly fee</source>
        <translation>从月服务费中扣款</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), monthly fee %3 yuan</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），月服务费 %3 元</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Nonconformance:</source>
        <translation>不合格项(&amp;N)：</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>扣款</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::DispatchBoardView</name>
    <message>
        <source>1 open order</source>
        <translation>未完工 1 单</translation>
    </message>
    <message>
        <source>%1 open orders</source>
        <translation>未完工 %1 单</translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <translation>%1 · 超时 %2 单</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::DispatchDialog</name>
    <message>
        <source>Dispatch – %1</source>
        <translation>派工 – %1</translation>
    </message>
    <message>
        <source>Now, or when it happened: not before %1, the order&apos;s previous event.</source>
        <translation>现在或实际发生时间：不得早于该工单上一事件的时间 %1。</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>This site has no active technicians. Add its staff in Settings, then dispatch the order.</source>
        <translation>本项目没有在岗的维修人员。请先在“设置”中添加员工，再派工。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::DutyEntryDialog</name>
    <message>
        <source>Choose the type</source>
        <translation>请选择类型</translation>
    </message>
    <message>
        <source>Log visitor</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>访客(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Visiting:</source>
        <translation>拜访对象(&amp;V)：</translation>
    </message>
    <message>
        <source>Time &amp;in:</source>
        <translation>进入时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Name, and ID shown if any</source>
        <translation>姓名，及出示的证件</translation>
    </message>
    <message>
        <source>Whom, which unit, why</source>
        <translation>拜访何人、哪户、事由</translation>
    </message>
    <message>
        <source>Log vehicle</source>
        <translation>车辆登记</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>车辆(&amp;V)：</translation>
    </message>
    <message>
        <source>Make and colour, driver, why it came in</source>
        <translation>品牌颜色、司机、进入事由</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>事件登记</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>经过(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Happened at:</source>
        <translation>发生时间(&amp;H)：</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>简要描述</translation>
    </message>
    <message>
        <source>The post, the building, the gate</source>
        <translation>岗位、楼栋、出入口</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::DutyLogModel</name>
    <message>
        <source>still inside</source>
        <translation>尚未离开</translation>
    </message>
    <message>
        <source>not handled</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>In / happened</source>
        <translation>进入/发生时间</translation>
    </message>
    <message>
        <source>Out / handled</source>
        <translation>离开/处理时间</translation>
    </message>
    <message>
        <source>Visitor, plate or incident</source>
        <translation>访客、车牌或事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::DutyLogView</name>
    <message>
        <source>All entries</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Log &amp;visitor…</source>
        <translation>来访登记(&amp;V)…</translation>
    </message>
    <message>
        <source>Log ve&amp;hicle…</source>
        <translation>车辆登记(&amp;H)…</translation>
    </message>
    <message>
        <source>Log &amp;incident…</source>
        <translation>事件登记(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登记离开(&amp;O)</translation>
    </message>
    <message>
        <source>The visitor or vehicle left now</source>
        <translation>访客或车辆现在离开</translation>
    </message>
    <message>
        <source>&amp;Handle incident…</source>
        <translation>处理事件(&amp;H)…</translation>
    </message>
    <message>
        <source>%1 entries · still inside: %2 · incidents not handled: %3</source>
        <translation>%1 条记录 · 尚未离开 %2 · 事件未处理 %3</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::EscalationNotice</name>
    <message>
        <source>Escalated complaints</source>
        <translation>已升级的投诉</translation>
    </message>
    <message>
        <source>%1: no response for %2</source>
        <translation>%1：已 %2未响应</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 件</translation>
    </message>
    <message>
        <source>⚠ 1 complaint needs a response</source>
        <translation>⚠ 1 件投诉待响应</translation>
    </message>
    <message>
        <source>⚠ %1 complaints need a response</source>
        <translation>⚠ %1 件投诉待响应</translation>
    </message>
    <message>
        <source>Past their response deadline without a response:</source>
        <translation>已过响应时限仍未响应：</translation>
    </message>
    <message>
        <source>Click to open the longest overdue one in Complaints.</source>
        <translation>点击在“投诉”中打开超时最久的一件。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::EventDialog</name>
    <message>
        <source>Now, or when it happened: not before %1, the order&apos;s previous event.</source>
        <translation>现在或实际发生时间：不得早于该工单上一事件的时间 %1。</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>登记到场</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>暂停维修</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Required: what the work waits for (parts, the resident, …)</source>
        <translation>必填：维修在等待什么（配件、业主……）</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>恢复维修</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>做了哪些处理</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Required: why the order is cancelled</source>
        <translation>必填：取消工单的原因</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any time or the dates below</source>
        <translation>不限时间或按下方日期</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month quick-pick</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Export work orders</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exporting work orders…</source>
        <translation>正在导出工单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting work orders… %1 written</source>
        <translation>正在导出工单… 已写入 %1 条</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>导出已取消；未写入 %1。</translation>
    </message>
    <message>
        <source>The export failed; %1 was not written: %2</source>
        <translation>导出失败，未写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote 1 work order to %1.</source>
        <translation>已将 1 条工单写入 %1。</translation>
    </message>
    <message>
        <source>Wrote %1 work orders to %2.</source>
        <translation>已将 %1 条工单写入 %2。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::FiguresModel</name>
    <message>
        <source>No figure yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>The report adds the numerators of the 12 months ending with this month; the rate here is this month&apos;s alone.</source>
        <translation>报告中累加截至本月的 12 个月分子；此处仅为本月的比率。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::FiguresView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>撤销修改(&amp;R)</translation>
    </message>
    <message>
        <source>Drop what was typed and not saved</source>
        <translation>放弃尚未保存的输入</translation>
    </message>
    <message>
        <source>&amp;Save figures</source>
        <translation>保存数据(&amp;S)</translation>
    </message>
    <message>
        <source>Store each changed row as a new entry: earlier entries are kept</source>
        <translation>每个修改过的行保存为一条新记录，原有记录保留</translation>
    </message>
    <message>
        <source>History of the selected indicator</source>
        <translation>所选指标的历史记录</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Corrective actions this month</source>
        <translation>本月整改措施</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>What was done about it: cause, measures, who, by when</source>
        <translation>采取了哪些措施：原因、措施、责任人、完成期限</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>保存整改措施(&amp;N)</translation>
    </message>
    <message>
        <source>An empty note clears the corrective action of the indicator</source>
        <translation>内容为空时清除该指标的整改措施</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>%1: %2 of %3 figures entered</source>
        <translation>%1：已录入 %2 / %3 项</translation>
    </message>
    <message>
        <source>Numerator: enter a whole number</source>
        <translation>分子：请输入整数</translation>
    </message>
    <message>
        <source>Denominator: enter a whole number</source>
        <translation>分母：请输入整数</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>分子：%1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>分母：%1</translation>
    </message>
    <message>
        <source>Source note: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>Some figures were not saved: the reason is on each row marked in red.</source>
        <translation>部分数据未保存：原因见标红的行。</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Which indicators were missed is shown to those who may see KPI reports. Choose the indicator below to note the corrective action taken.</source>
        <translation>未达标指标仅对可查看KPI报告的人员显示。请在下方选择指标并记录所采取的整改措施。</translation>
    </message>
    <message>
        <source>No corrective action noted</source>
        <translation>尚未记录整改措施</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::FirstAdminDialog</name>
    <message>
        <source>%1 has no user accounts yet. Create the administrator&apos;s account first: the administrator adds the other users, gives them their roles and sites, and looks after the backups.</source>
        <translation>%1 还没有用户账号。请先创建系统管理员账号：系统管理员负责添加其他用户、分配角色和项目，并管理备份。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Keep it safe: only another administrator can reset it.</source>
        <translation>
            <numerusform>至少 %n 个字符。请妥善保管：只有其他系统管理员才能重置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::HandleIncidentDialog</name>
    <message>
        <source>Handle incident</source>
        <translation>处理事件</translation>
    </message>
    <message>
        <source>Who went, what was done, who was called</source>
        <translation>谁到场、采取了什么措施、通知了谁</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>最终结果</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>处理情况(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Finished at:</source>
        <translation>处理完毕时间(&amp;F)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::HandoverDialog</name>
    <message>
        <source>%1 (open since %2, %3)</source>
        <translation>%1（%2 起，%3 提出）</translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation>记录交接班</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handover to the %1 shift&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%2 %1交接班&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Keys, equipment, the state of the posts</source>
        <translation>钥匙、器材、各岗位情况</translation>
    </message>
    <message>
        <source>No open item: nothing is carried over.</source>
        <translation>没有遗留事项。</translation>
    </message>
    <message>
        <source>Carried over until closed; close them in the handover log.</source>
        <translation>未关闭前逐班移交；请在交接班记录中关闭。</translation>
    </message>
    <message>
        <source>One per line: a broken gate, an unknown car parked overnight</source>
        <translation>每行一项：如门禁损坏、不明车辆过夜停放</translation>
    </message>
    <message>
        <source>&amp;Outgoing leader:</source>
        <translation>交班人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Incoming leader:</source>
        <translation>接班人(&amp;I)：</translation>
    </message>
    <message>
        <source>Handed &amp;over:</source>
        <translation>交接内容(&amp;O)：</translation>
    </message>
    <message>
        <source>Open items:</source>
        <translation>遗留事项：</translation>
    </message>
    <message>
        <source>&amp;New items:</source>
        <translation>新增事项(&amp;N)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::HandoverItemDialog</name>
    <message>
        <source>Close open item</source>
        <translation>关闭遗留事项</translation>
    </message>
    <message>
        <source>Raise open item</source>
        <translation>新增遗留事项</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Open since %2, raised by %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 起未关闭，由%3提出。</translation>
    </message>
    <message>
        <source>Required: how it was settled</source>
        <translation>必填：如何处理完毕</translation>
    </message>
    <message>
        <source>Required: what is open</source>
        <translation>必填：待处理的事项</translation>
    </message>
    <message>
        <source>&amp;Closing note:</source>
        <translation>关闭说明(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>事项(&amp;I)：</translation>
    </message>
    <message>
        <source>Closed &amp;at:</source>
        <translation>关闭时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Raised &amp;at:</source>
        <translation>提出时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Close item</source>
        <translation>关闭事项</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>提出</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::HandoverLogView</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record handover…</source>
        <translation>记录交接班(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>补签(&amp;S)…</translation>
    </message>
    <message>
        <source>Shift change</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outgoing leader</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Incoming leader</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接内容</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>遗留事项</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>R&amp;aise item…</source>
        <translation>新增遗留事项(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close item…</source>
        <translation>关闭事项(&amp;C)…</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <source>Signed by both</source>
        <translation>双方已签</translation>
    </message>
    <message>
        <source>Signature missing</source>
        <translation>缺签字</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 of %2 shift changes recorded, %3 signed by both · %4 open items</source>
        <translation>共 %2 次交接班，已记录 %1 次，双方签字 %3 次 · 遗留事项 %4 项</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到时间</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::HistoryModel</name>
    <message>
        <source>The orders could not be counted: %1</source>
        <translation>无法统计工单数量：%1</translation>
    </message>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>无法读取工单：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1+ orders</source>
        <translation>%1+ 条工单</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 条工单</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 条工单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::HistoryView</name>
    <message>
        <source>Search as you type; Enter searches at once (%1)</source>
        <translation>输入时自动搜索；按回车立即搜索（%1）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完工</translation>
    </message>
    <message>
        <source>Logged, dispatched, in progress or on hold</source>
        <translation>已登记、已派工、维修中或暂停中</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any technician</source>
        <translation>全部维修人员</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>Save the rows with problems, and why, as a CSV file to correct and import</source>
        <translation>将有问题的行及其原因保存为 CSV 文件，修正后再导入</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>请选择要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>The site named in each row</source>
        <translation>按每行注明的项目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import work orders</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查该文件：%1</translation>
    </message>
    <message>
        <source>This file cannot be imported: see the problems below.</source>
        <translation>该文件无法导入：请查看下方列出的问题。</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>import summary: rows ready, errors</comment>
        <translation>%1，%2。</translation>
    </message>
    <message>
        <source>1 row ready to import</source>
        <translation>1 行可导入</translation>
    </message>
    <message>
        <source>%1 rows ready to import</source>
        <translation>%1 行可导入</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 处错误</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 处错误</translation>
    </message>
    <message>
        <source>Nothing can be imported: correct the rows and choose the file again.</source>
        <translation>没有可导入的数据：请修正有问题的行后重新选择文件。</translation>
    </message>
    <message>
        <source>Import 1 valid row</source>
        <translation>导入 1 行有效数据</translation>
    </message>
    <message>
        <source>Import %1 valid rows</source>
        <translation>导入 %1 行有效数据</translation>
    </message>
    <message>
        <source>Importing %1 work orders…</source>
        <translation>正在导入 %1 条工单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>导入失败，未写入任何数据：%1</translation>
    </message>
    <message>
        <source>Imported 1 work order.</source>
        <translation>已导入 1 条工单。</translation>
    </message>
    <message>
        <source>Imported %1 work orders.</source>
        <translation>已导入 %1 条工单。</translation>
    </message>
    <message>
        <source>Rejected rows not imported: %1.</source>
        <translation>未导入被拒绝的行：%1。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-被拒绝</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Saved the rejected rows (%1) to %2.</source>
        <translation>已将被拒绝的行（%1）保存到 %2。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ImportIssueModel</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column label (column name in the file)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::IndicatorTableModel</name>
    <message>
        <source>Still pending: %1</source>
        <translation>尚未完成：%1</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>近12个月趋势</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation>分子 / 分母</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>分子：%1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>分母：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::InspectionReviewView</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Open sheet</source>
        <translation>打开检查表(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected sheet in the sheet tab</source>
        <translation>在检查表页签中显示所选检查表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score (met/inspected)</source>
        <translation>得分（合格/已检）</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Open nonconformances</source>
        <translation>未关闭不合格项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Nonconformance</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 checked)</source>
        <translation>%1（已检 %2/%3 项）</translation>
    </message>
    <message>
        <source>%1, amended</source>
        <translation>%1，有更正</translation>
    </message>
    <message>
        <source>met %1 %</source>
        <translation>合格率 %1 %</translation>
    </message>
    <message>
        <source>Select a sheet to see its failures.</source>
        <translation>选择一张检查表以查看其不合格项目。</translation>
    </message>
    <message>
        <source>corrected on the spot</source>
        <translation>当场纠正</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <source>when signed off</source>
        <translation>签核时提出</translation>
    </message>
    <message>
        <source>%1 %2: no failure.</source>
        <translation>%1 %2：无不合格项目。</translation>
    </message>
    <message>
        <source>Failures of %1 %2:</source>
        <translation>%1 %2 的不合格项目：</translation>
    </message>
    <message>
        <source>Sheets on %1: %2 · signed off: %3 · failures: %4 · nonconformances open: %5</source>
        <translation>%1 检查表 %2 张 · 已签核 %3 张 · 不合格 %4 项 · 未关闭不合格项 %5 个</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::InspectionSetupView</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First standard floor</source>
        <translation>起始标准层</translation>
    </message>
    <message>
        <source>Last standard floor</source>
        <translation>最高标准层</translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation>电梯数</translation>
    </message>
    <message>
        <source>In the order the sampling plan takes them. The monthly sample checks standard floors between the first and the last; office towers also get the office template.</source>
        <translation>按抽检计划轮换的顺序排列。月检在起始标准层与最高标准层之间抽查；写字楼另按写字楼标准层模板检查。</translation>
    </message>
    <message>
        <source>Add building</source>
        <translation>添加楼栋</translation>
    </message>
    <message>
        <source>Remove building</source>
        <translation>删除楼栋</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>The parts of the ground within the red line; the monthly sample takes a different one each month.</source>
        <translation>红线内地面划分的区域；月检每月轮换抽查不同的地块。</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>添加地块</translation>
    </message>
    <message>
        <source>Remove zone</source>
        <translation>删除地块</translation>
    </message>
    <message>
        <source>Ground zones</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>A minor nonconformance that makes this many in the same area and location needs a corrective action report, like a severe one</source>
        <translation>同一区域、同一地点的轻微不合格项达到此数量时，与严重不合格项一样须出具纠正措施报告</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Daily-sheet nonconformances are due the same day</source>
        <translation>日检发现的不合格项须当天整改</translation>
    </message>
    <message>
        <source>Written warnings within a rolling year that give the right to terminate the subcontract</source>
        <translation>滚动一年内达到此次数的书面警告即可终止分包合同</translation>
    </message>
    <message>
        <source>minor nonconformances within</source>
        <translation>项轻微不合格，统计期</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>A cluster is:</source>
        <translation>聚集认定：</translation>
    </message>
    <message>
        <source>Rectification of a monthly-sample finding:</source>
        <translation>月检不合格项整改期限：</translation>
    </message>
    <message>
        <source>Written warnings that allow termination:</source>
        <translation>可终止合同的书面警告次数：</translation>
    </message>
    <message>
        <source>Save set-up</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>No buildings or ground zones yet: add them so that the monthly sampling plan can take floors and zones in turn.</source>
        <translation>尚未登记楼栋和地块：请先添加，抽检计划才能轮换抽查楼层和地块。</translation>
    </message>
    <message>
        <source>Buildings: %1 (office towers: %2), standard floors: %3. Ground zones: %4, %5 m² in all.</source>
        <translation>楼栋：%1 栋（写字楼 %2 栋），标准层共 %3 层。地块：%4 块，共 %5 m²。</translation>
    </message>
    <message>
        <source>Building on row %1: %2</source>
        <translation>第 %1 行楼栋：%2</translation>
    </message>
    <message>
        <source>Zone on row %1: %2</source>
        <translation>第 %1 行地块：%2</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::InspectionTemplateDialog</name>
    <message>
        <source>New version: %1</source>
        <translation>新版本：%1</translation>
    </message>
    <message>
        <source>In use (clear it to stop inspecting this area type from that date)</source>
        <translation>启用（取消勾选则自该日起不再检查此区域类型）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The quantity the item covers in its unit: the rates add the weights of the items that met the standard and divide by the weights of the items inspected</source>
        <translation>该项目覆盖的数量（按其单位计）：保洁率等指标以达标项目的权重之和除以已检查项目的权重之和</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不抽查</translation>
    </message>
    <message>
        <source>Office towers only</source>
        <translation>仅写字楼</translation>
    </message>
    <message>
        <source>Residential buildings only</source>
        <translation>仅住宅楼</translation>
    </message>
    <message>
        <source>The monthly sampling plan takes the buildings, floors and ground zones in turn, so that each month checks a different part of the site.</source>
        <translation>月检抽检计划轮换抽查楼栋、楼层和地块，每月检查项目的不同部位。</translation>
    </message>
    <message>
        <source>Monthly sample</source>
        <translation>月检抽样</translation>
    </message>
    <message>
        <source>&amp;Buildings:</source>
        <translation>楼栋数(&amp;B)：</translation>
    </message>
    <message>
        <source>Standard &amp;floors per building:</source>
        <translation>每栋标准层数(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Takes:</source>
        <translation>抽查范围(&amp;T)：</translation>
    </message>
    <message>
        <source>Area type:</source>
        <translation>区域类型：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Check items, in the order the sheet lists them:</source>
        <translation>检查项目（按检查表上的顺序）：</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::InspectionTemplatesView</name>
    <message>
        <source>1 item</source>
        <translation>1 项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>新版本(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit the selected version and save the result as a new version effective from a date</source>
        <translation>在所选版本的基础上修改，另存为自某日起生效的新版本</translation>
    </message>
    <message>
        <source>Area type</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Monthly sample</source>
        <translation>月检抽样</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>待生效变更</translation>
    </message>
    <message>
        <source>The version of each area type in force today</source>
        <translation>各区域类型今天适用的版本</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Versions of the selected area type:</source>
        <translation>所选区域类型的各版本：</translation>
    </message>
    <message>
        <source>Check items of the selected version:</source>
        <translation>所选版本的检查项目：</translation>
    </message>
    <message>
        <source>Built-in default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>不检查</translation>
    </message>
    <message>
        <source>New version from %1</source>
        <translation>新版本 %1 起生效</translation>
    </message>
    <message>
        <source>Retired from %1</source>
        <translation>%1 起停用</translation>
    </message>
    <message>
        <source>%1 of %2 area types inspected today.</source>
        <translation>今天检查 %2 类区域中的 %1 类。</translation>
    </message>
    <message>
        <source>1 change to come.</source>
        <translation>1 项变更待生效。</translation>
    </message>
    <message>
        <source>%1 changes to come.</source>
        <translation>%1 项变更待生效。</translation>
    </message>
    <message>
        <source>%1 (to come)</source>
        <translation>%1（待生效）</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1（现行）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>every building</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>1 building in turn</source>
        <translation>轮换抽查 1 栋</translation>
    </message>
    <message>
        <source>%1 buildings in turn</source>
        <translation>轮换抽查 %1 栋</translation>
    </message>
    <message>
        <source>%1, %2 standard floors each</source>
        <translation>%1，每栋 %2 个标准层</translation>
    </message>
    <message>
        <source>%1 standard floors of each building</source>
        <translation>每栋 %1 个标准层</translation>
    </message>
    <message>
        <source>%1 (office towers only)</source>
        <translation>%1（仅写字楼）</translation>
    </message>
    <message>
        <source>%1 (residential buildings only)</source>
        <translation>%1（仅住宅楼）</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::InspectionsPage</name>
    <message>
        <source>Daily sheet</source>
        <translation>日检</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Monthly sample</source>
        <translation>月检抽检</translation>
    </message>
    <message>
        <source>Nonconformances</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Contractors</source>
        <translation>分包方</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Walk an area with its check items: pass, fail or not applicable, notes and photos; sign the sheet off</source>
        <translation>按检查项目逐项检查区域：合格、不合格或不适用，备注和照片；签核检查表</translation>
    </message>
    <message>
        <source>The day&apos;s sheets with their scores and failures, for the supervisor</source>
        <translation>当天的检查表及其得分和不合格项目，供主管审核</translation>
    </message>
    <message>
        <source>The month&apos;s sample plan: what to check where, and the sheets recorded</source>
        <translation>本月抽检计划：在哪里查什么，以及已记录的检查表</translation>
    </message>
    <message>
        <source>Nonconformances to rectify, verify and close, ordered by deadline</source>
        <translation>待整改、验证和关闭的不合格项，按整改期限排序</translation>
    </message>
    <message>
        <source>The cleaning, greening and pest-control subcontractors: warnings, deductions, pest-control visits</source>
        <translation>清洁、绿化和消杀分包方：书面警告、扣款、消杀签到记录</translation>
    </message>
    <message>
        <source>The check items and standards of each area type, and the sample sizes</source>
        <translation>各区域的检查项目、标准及抽检数量</translation>
    </message>
    <message>
        <source>Buildings, ground zones and the limits of the nonconformance rules</source>
        <translation>楼栋、地块及不合格项规则的限值</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::IntakeForm</name>
    <message>
        <source>agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Log the order (%1)</source>
        <translation>登记工单（%1）</translation>
    </message>
    <message>
        <source>Empty the form for the next call (%1)</source>
        <translation>清空表单，接听下一个来电（%1）</translation>
    </message>
    <message>
        <source>Rework of order &lt;b&gt;%1&lt;/b&gt;: the repair did not hold.</source>
        <translation>工单 &lt;b&gt;%1&lt;/b&gt; 的返修：原维修未能解决问题。</translation>
    </message>
    <message>
        <source>There is no site to log the order for: add one in Settings.</source>
        <translation>没有可登记工单的项目：请先在“设置”中添加项目。</translation>
    </message>
    <message>
        <source>Logged order %1.</source>
        <translation>已登记工单 %1。</translation>
    </message>
    <message>
        <source>The call was added to order %1.</source>
        <translation>本次来电已关联到工单 %1。</translation>
    </message>
    <message>
        <source>No site is selected.</source>
        <translation>未选择项目。</translation>
    </message>
    <message>
        <source>%1: no rule applies</source>
        <translation>%1：无适用规则</translation>
    </message>
    <message>
        <source>%1 by &lt;b&gt;%2&lt;/b&gt; (overdue by %3)</source>
        <translation>%1时限 &lt;b&gt;%2&lt;/b&gt;（已超时 %3）</translation>
    </message>
    <message>
        <source>%1 by &lt;b&gt;%2&lt;/b&gt; (%3 left)</source>
        <translation>%1时限 &lt;b&gt;%2&lt;/b&gt;（剩余 %3）</translation>
    </message>
    <message>
        <source>No rule measures this order.</source>
        <translation>此工单不受任何时限规则考核。</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Rule set %1</source>
        <translation>规则集 %1</translation>
    </message>
    <message>
        <source>A phone number has 5 to 20 digits (spaces, dashes and a leading + are fine).</source>
        <translation>电话号码应为 5 至 20 位数字（可含空格、短横线及开头的 +）。</translation>
    </message>
    <message>
        <source>Link this call to %1</source>
        <translation>将本次来电关联到 %1</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::KpiDashboard</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the month again from the records as they are now</source>
        <translation>按当前记录重新计算本月指标</translation>
    </message>
    <message>
        <source>Your role may not view the KPI reports.</source>
        <translation>您的角色无权查看KPI报告。</translation>
    </message>
    <message>
        <source>As of now: %1</source>
        <translation>截至当前：%1</translation>
    </message>
    <message>
        <source>No site yet.</source>
        <translation>还没有项目。</translation>
    </message>
    <message>
        <source>targets of %1 from %2</source>
        <translation>目标版本：%1，%2 起生效</translation>
    </message>
    <message>
        <source>default targets</source>
        <translation>默认目标</translation>
    </message>
    <message>
        <source>%1 – %2: %3 of %4 indicators missed, %5 without data; %6.</source>
        <translation>%1 – %2：%4 项指标中 %3 项未达标，%5 项无数据；%6。</translation>
    </message>
    <message>
        <source>Select an indicator to see its trend</source>
        <translation>选择一项指标查看其趋势</translation>
    </message>
    <message>
        <source>Select an indicator to see the records behind it.</source>
        <translation>选择一项指标查看其相关记录。</translation>
    </message>
    <message>
        <source>%1: no exceptions to show.</source>
        <translation>%1：没有例外记录。</translation>
    </message>
    <message>
        <source>%1 — records behind the figure: %2, the most overdue first.</source>
        <translation>%1 — 相关记录 %2 条，超时最多的在前。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::KpiPage</name>
    <message>
        <source>Dashboard</source>
        <translation>指标看板</translation>
    </message>
    <message>
        <source>The month&apos;s indicators against the contract&apos;s targets, missed ones first, with their trend and the records behind them</source>
        <translation>本月各项指标与合同目标对比，未达标的排在前面，附趋势和明细记录</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>公司总览</translation>
    </message>
    <message>
        <source>Every site you work at, side by side</source>
        <translation>您负责的所有项目并列对比</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>The report for the client: preview, print, PDF, Excel, and freezing it</source>
        <translation>提交给委托方的报告：预览、打印、PDF、Excel 及冻结</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据录入</translation>
    </message>
    <message>
        <source>The monthly figures no module records (facility intact rates, fees, training, fires, violations) and the corrective actions</source>
        <translation>系统无法自动统计的月度数据（设施完好率、收费、培训、火灾、违章）及整改措施</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>The targets of the site&apos;s contract, version by version</source>
        <translation>本项目合同约定的目标值（按版本）</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::KpiRecordsModel</name>
    <message>
        <source>Agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::MainWindow</name>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>清洁绿化</translation>
    </message>
    <message>
        <source>KPI &amp; reports</source>
        <translation>KPI 与报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示“%1”</translation>
    </message>
    <message>
        <source>&amp;Import work orders…</source>
        <translation>导入工单(&amp;I)…</translation>
    </message>
    <message>
        <source>Import work orders from a CSV file</source>
        <translation>从 CSV 文件导入工单</translation>
    </message>
    <message>
        <source>&amp;Export work orders…</source>
        <translation>导出工单(&amp;E)…</translation>
    </message>
    <message>
        <source>Export work orders to a CSV file</source>
        <translation>将工单导出为 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Print dispatch slip…</source>
        <translation>打印派工单(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the dispatch slip of the selected work order</source>
        <translation>打印所选工单的派工单</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close PropDesk</source>
        <translation>关闭 PropDesk</translation>
    </message>
    <message>
        <source>&amp;About PropDesk</source>
        <translation>关于 PropDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>项目(&amp;S)：</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>无项目</translation>
    </message>
    <message>
        <source>The site you are working on: every page shows its orders and its time</source>
        <translation>当前项目：各页面显示该项目的工单和当地时间</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>%1 – PropDesk</source>
        <translation>%1 – PropDesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>The time at %1 (%2)</source>
        <translation>%1 当地时间（%2）</translation>
    </message>
    <message>
        <source>The time in %1</source>
        <translation>%1 时间</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Repair requests, their deadlines and the KPIs of a property-service centre: the front desk logs them, supervisors dispatch and close them, managers report on the service contract.</source>
        <translation>物业服务中心的报修、时限与 KPI：前台登记报修，主管派工和结单，经理按服务合同出具报告。</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（编译时版本 %2）</translation>
    </message>
    <message>
        <source>About PropDesk</source>
        <translation>关于 PropDesk</translation>
    </message>
    <message>
        <source>Print dispatch slip</source>
        <translation>打印派工单</translation>
    </message>
    <message>
        <source>Select an order on the dispatch board, in the revisit queue or in the history first.</source>
        <translation>请先在派工看板、待回访列表或历史工单中选择一个工单。</translation>
    </message>
    <message>
        <source>Copyright © the PropDesk authors. Released under the MIT licence. Holiday data from NateScarlet/holiday-cn under the MIT licence. Qt is used under the LGPL version 3.</source>
        <translation>版权所有 © PropDesk 作者。以 MIT 许可证发布。节假日数据来自 NateScarlet/holiday-cn，以 MIT 许可证授权。Qt 依据 LGPL 第 3 版使用。</translation>
    </message>
    <message>
        <source>Quit PropDesk</source>
        <translation>退出 PropDesk</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Lock PropDesk: sign out and let somebody sign in</source>
        <translation>锁定 PropDesk：退出登录，让其他人登录</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>修改我的密码(&amp;W)…</translation>
    </message>
    <message>
        <source>Change the password you sign in with</source>
        <translation>修改您登录用的密码</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (role)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). File ▸ Switch user (%3) lets somebody else sign in.</source>
        <translation>当前登录：%1（%2）。“文件 ▸ 切换用户”（%3）可让其他人登录。</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>秩序维护</translation>
    </message>
    <message>
        <source>Translations: %1</source>
        <translation>界面翻译：%1</translation>
    </message>
    <message>
        <source>none (English)</source>
        <translation>无（英文界面）</translation>
    </message>
    <message>
        <source>built into the program</source>
        <translation>程序内置</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::MilestoneModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 of working time</source>
        <translation>工作时间 %1</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>1 calendar day</source>
        <translation>1 个自然日</translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation>%1 个自然日</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>%1, %2 over</source>
        <translation>%1，超出 %2</translation>
    </message>
    <message>
        <source>paused (on hold)</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::NonconformanceBoard</name>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open: not closed or withdrawn yet</source>
        <translation>未关闭：尚未关闭或撤销</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Rai&amp;se…</source>
        <translation>登记(&amp;S)…</translation>
    </message>
    <message>
        <source>A nonconformance found outside a sheet: a walk, a weekly check, a complaint</source>
        <translation>检查表以外发现的不合格项：巡查、周检、投诉等</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>指派(&amp;G)…</translation>
    </message>
    <message>
        <source>The cause and the contractor responsible</source>
        <translation>原因及责任分包方</translation>
    </message>
    <message>
        <source>Re&amp;ctify…</source>
        <translation>整改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>验证(&amp;V)…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>关闭(&amp;L)…</translation>
    </message>
    <message>
        <source>Corrective action re&amp;port…</source>
        <translation>纠正措施报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Preventive actions</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Required before this nonconformance can be closed</source>
        <translation>关闭此不合格项前必须填写</translation>
    </message>
    <message>
        <source>Cause analysis, corrective action, owner and due date</source>
        <translation>原因分析、纠正措施、责任人及完成期限</translation>
    </message>
    <message>
        <source>Only a verified rectification can be closed</source>
        <translation>整改经验证后方可关闭</translation>
    </message>
    <message>
        <source>Nonconformances shown: %1 · overdue: %2</source>
        <translation>显示不合格项 %1 项 · 超时 %2 项</translation>
    </message>
    <message>
        <source>Open nonconformances: %1 · overdue: %2</source>
        <translation>未关闭不合格项 %1 项 · 超时 %2 项</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::NonconformanceBoardModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>rectified on time</source>
        <translation>按期整改</translation>
    </message>
    <message>
        <source>rectified late</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>A corrective action report is required before closing.</source>
        <translation>关闭前须填写纠正措施报告。</translation>
    </message>
    <message>
        <source>Nonconformance</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>不合格情况</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>分包方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::NonconformanceDetail</name>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence photos</source>
        <translation>整改照片</translation>
    </message>
    <message>
        <source>Corrective action report</source>
        <translation>纠正措施报告</translation>
    </message>
    <message>
        <source>Select a nonconformance to see its history.</source>
        <translation>选择一个不合格项以查看处理记录。</translation>
    </message>
    <message>
        <source>%1, overdue by %2</source>
        <translation>%1，已超时 %2</translation>
    </message>
    <message>
        <source>%1 sheet, line %2</source>
        <translation>%1表第 %2 项</translation>
    </message>
    <message>
        <source>raised by hand</source>
        <translation>手工登记</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>提出：</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>不合格情况：</translation>
    </message>
    <message>
        <source>report recorded</source>
        <translation>已填写报告</translation>
    </message>
    <message>
        <source>report required</source>
        <translation>须填写报告</translation>
    </message>
    <message>
        <source>Service / severity:</source>
        <translation>类别 / 程度：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Contractor:</source>
        <translation>分包方：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Rectified:</source>
        <translation>整改：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>整改情况：</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>关闭：</translation>
    </message>
    <message>
        <source>Cause analysis:</source>
        <translation>原因分析：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>纠正措施：</translation>
    </message>
    <message>
        <source>Owner, due:</source>
        <translation>责任人、期限：</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>填写：</translation>
    </message>
    <message>
        <source>Required before closing and not recorded yet.</source>
        <translation>关闭前必须填写，尚未填写。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Your new password applies from your next sign-in, on every computer.</source>
        <translation>新密码从下次登录起生效，在每台电脑上都适用。</translation>
    </message>
    <message>
        <source>Reset password – %1</source>
        <translation>重置密码 – %1</translation>
    </message>
    <message>
        <source>A new password for %1, who forgot theirs. Tell it to them in person; they can change it under File ▸ Change my password.</source>
        <translation>为忘记密码的 %1 设置新密码。请当面告知本人；本人可在“文件 ▸ 修改我的密码”中再修改。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PatrolImportDialog</name>
    <message>
        <source>Import guard-tour device file</source>
        <translation>导入巡更机数据</translation>
    </message>
    <message>
        <source>A CSV export of the guard-tour device</source>
        <translation>巡更机导出的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Checkpoint &amp;code column:</source>
        <translation>巡更点编号列(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Guard or card column:</source>
        <translation>人员或卡号列(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation>时间列(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose the file the device exported.</source>
        <translation>请选择巡更机导出的文件。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import valid rows</source>
        <translation>导入有效行(&amp;I)</translation>
    </message>
    <message>
        <source>Guard-tour device file</source>
        <translation>巡更机数据文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(by its usual name)</source>
        <translation>（按常用列名识别）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file: see the problems below.</source>
        <translation>此文件无法导入：请查看下方问题。</translation>
    </message>
    <message>
        <source>%1 rows read: %2 ready to import, %3 rejected.</source>
        <translation>共读取 %1 行：%2 行可导入，%3 行被拒。</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row and are skipped.</source>
        <translation>%1 行与前面的行重复，已跳过。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何记录：%1</translation>
    </message>
    <message>
        <source>%1 scans imported; %2 were already stored and were skipped.</source>
        <translation>已导入 %1 条打点记录；%2 条此前已导入，已跳过。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PatrolRouteDialog</name>
    <message>
        <source>Change route %1</source>
        <translation>修改巡更路线 %1</translation>
    </message>
    <message>
        <source>New patrol route</source>
        <translation>新建巡更路线</translation>
    </message>
    <message>
        <source>In use (clear it to retire the route from that date)</source>
        <translation>启用（取消勾选则自该日起停用此路线）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>巡更点</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>安装位置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>The rounds of a shift are spread evenly over it; a round may start this much before or after its planned time and has the round length to finish.</source>
        <translation>每班的圈次在班内均匀分布；每圈可在计划时间前后此范围内开始，并须在每圈时长内走完。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Checkpoints:</source>
        <translation>巡更点：</translation>
    </message>
    <message>
        <source>Rounds per shift:</source>
        <translation>每班圈次：</translation>
    </message>
    <message>
        <source>Round &amp;length:</source>
        <translation>每圈时长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>允许偏差(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PatrolRoutesView</name>
    <message>
        <source>Show &amp;every version</source>
        <translation>显示所有版本(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New route…</source>
        <translation>新建路线(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Change route…</source>
        <translation>修改路线(&amp;C)…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>巡更路线</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>巡更点</translation>
    </message>
    <message>
        <source>Rounds per shift</source>
        <translation>每班圈次</translation>
    </message>
    <message>
        <source>Round length</source>
        <translation>每圈时长</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>允许偏差</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 (to come)</source>
        <translation>%1（待生效）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No patrol route yet: add the site&apos;s first.</source>
        <translation>还没有巡更路线：请添加本项目的第一条路线。</translation>
    </message>
    <message>
        <source>1 checkpoint</source>
        <translation>1 个巡更点</translation>
    </message>
    <message>
        <source>%1 checkpoints</source>
        <translation>%1 个巡更点</translation>
    </message>
    <message>
        <source>1 route in force today.</source>
        <translation>今天生效的巡更路线 1 条。</translation>
    </message>
    <message>
        <source>%1 routes in force today.</source>
        <translation>今天生效的巡更路线 %1 条。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PatrolToursModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1/%2 圈</translation>
    </message>
    <message>
        <source>Window %1–%2, on time until %3</source>
        <translation>时间窗 %1–%2，%3 前开始为准时</translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>%1: not visited</source>
        <translation>%1：未到</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>巡更路线</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>圈次</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已巡</translation>
    </message>
    <message>
        <source>Missed checkpoints</source>
        <translation>漏巡巡更点</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>巡更人员</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PatrolToursView</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record scan…</source>
        <translation>补录打点(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import device file…</source>
        <translation>导入巡更机数据(&amp;I)…</translation>
    </message>
    <message>
        <source>No rounds planned on this day: no route is in force, or no shift has rounds.</source>
        <translation>当天没有计划圈次：没有生效的巡更路线，或各班次未设圈次。</translation>
    </message>
    <message>
        <source>%1 rounds: %2 complete, %3 late or out of order, %4 missed or incomplete, %5 to come. As of %6.</source>
        <translation>共 %1 圈：完成 %2，迟到或顺序错误 %3，未巡或漏检 %4，待巡 %5。截至 %6。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PestVisitDialog</name>
    <message>
        <source>Pest-control sign-in</source>
        <translation>消杀签到</translation>
    </message>
    <message>
        <source>As on the operator&apos;s licence card</source>
        <translation>按消杀人员许可证填写</translation>
    </message>
    <message>
        <source>Basement, refuse room, green belts</source>
        <translation>地下室、垃圾房、绿化带</translation>
    </message>
    <message>
        <source>Baits, spraying, the chemicals used</source>
        <translation>投放毒饵、喷洒及所用药剂</translation>
    </message>
    <message>
        <source>&amp;Contractor:</source>
        <translation>分包方(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>消杀人员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>许可证号(&amp;L)：</translation>
    </message>
    <message>
        <source>Signed &amp;in:</source>
        <translation>签到时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>消杀区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>处理方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PestVisitView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>签到(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>签退(&amp;O)</translation>
    </message>
    <message>
        <source>The selected operator leaves now</source>
        <translation>所选消杀人员现在离场</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>分包方</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>消杀人员</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>消杀区域</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>未签退</translation>
    </message>
    <message>
        <source>Pest-control sign-in</source>
        <translation>消杀签到</translation>
    </message>
    <message>
        <source>Add the pest-control contractor on the Contractors tab first.</source>
        <translation>请先在“分包方”页新增消杀服务公司。</translation>
    </message>
    <message>
        <source>Pest-control sign-out</source>
        <translation>消杀签退</translation>
    </message>
    <message>
        <source>Visits this month: %1 · still on site: %2</source>
        <translation>本月消杀 %1 次 · 未签退 %2 人</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PreventiveActionDialog</name>
    <message>
        <source>Add preventive action</source>
        <translation>新增预防措施</translation>
    </message>
    <message>
        <source>The potential cause: &quot;cleaners short-staffed at weekends&quot;</source>
        <translation>潜在原因：“周末保洁人手不足”</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Potential &amp;cause:</source>
        <translation>潜在原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>完成期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Revealed by:</source>
        <translation>发现自(&amp;R)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::PreventiveActionView</name>
    <message>
        <source>Potential cause</source>
        <translation>潜在原因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Revealed by</source>
        <translation>发现自</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add &amp;preventive action…</source>
        <translation>新增预防措施(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>标记完成(&amp;M)…</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Open preventive actions: %1 · past due: %2</source>
        <translation>未完成预防措施 %1 项 · 逾期 %2 项</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RaiseNonconformanceDialog</name>
    <message>
        <source>Raise nonconformance</source>
        <translation>登记不合格项</translation>
    </message>
    <message>
        <source>Building, floor or zone: &quot;2栋 5层&quot;</source>
        <translation>楼栋、楼层或地块：“2栋 5层”</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>如已知</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>不合格情况(&amp;W)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务类别(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RecordScanDialog</name>
    <message>
        <source>Record scan</source>
        <translation>补录打点</translation>
    </message>
    <message>
        <source>The guard&apos;s name or card number</source>
        <translation>巡更人员姓名或卡号</translation>
    </message>
    <message>
        <source>Now, or when the checkpoint was passed. A checkpoint counts once per round: a second scan changes nothing.</source>
        <translation>现在，或经过巡更点的时间。每圈每个巡更点只计一次，重复打点不影响结果。</translation>
    </message>
    <message>
        <source>No route in force today</source>
        <translation>今天没有生效的巡更路线</translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation>巡更点(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Guard:</source>
        <translation>巡更人员(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RecoveryDialog</name>
    <message>
        <source>The database %1 is damaged. Its check found:</source>
        <translation>数据库 %1 已损坏。检查发现：</translation>
    </message>
    <message>
        <source>PropDesk cannot open the database %1:</source>
        <translation>PropDesk 无法打开数据库 %1：</translation>
    </message>
    <message>
        <source>No backup in the backup folder passes the check, so there is nothing to restore from. Copy a backup from elsewhere into the folder, or ask for help.</source>
        <translation>备份文件夹中没有通过检查的备份，无法还原。请从别处把备份复制到该文件夹，或寻求技术支持。</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>还原此备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Continue with the damaged database</source>
        <translation>继续使用已损坏的数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Work on as it is, for example to export what can still be read</source>
        <translation>照常继续，例如导出仍可读取的数据</translation>
    </message>
    <message>
        <source>&amp;Quit PropDesk</source>
        <translation>退出 PropDesk(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more lines</source>
        <translation>
            <numerusform>……另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup that passes the check is %1, made %2. Restoring it replaces the data with the backup&apos;s: whatever was entered after it is lost. The damaged file is kept beside the database, and everybody signs in again.</source>
        <translation>通过检查的最新备份是 %1，备份于 %2。还原后数据将替换为备份中的数据：此后录入的内容会丢失。损坏的文件会保留在数据库旁边，所有人需要重新登录。</translation>
    </message>
    <message>
        <source>The same from a terminal:
%1</source>
        <translation>也可以在终端中执行同样的还原：
%1</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RectifyDialog</name>
    <message>
        <source>Record rectification</source>
        <translation>登记整改</translation>
    </message>
    <message>
        <source>What was done and how it was checked</source>
        <translation>整改措施及检查情况</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Rectified &amp;by:</source>
        <translation>整改人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>整改情况(&amp;E)：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记整改</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The cleaner or the contractor&apos;s team leader</source>
        <translation>保洁员或服务公司领班</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ReportView</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>数据截至：</translation>
    </message>
    <message>
        <source>Unticked, the report shows the records as they are now.</source>
        <translation>不勾选时，报告按当前的记录生成。</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>冻结报告…</translation>
    </message>
    <message>
        <source>Keep the report as it stands now, to be reprinted exactly as it is.</source>
        <translation>按现在的内容将报告定稿保存，以后原样重新打印。</translation>
    </message>
    <message>
        <source>Frozen reports</source>
        <translation>已冻结的报告</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation>冻结人</translation>
    </message>
    <message>
        <source>Frozen at</source>
        <translation>冻结时间</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>重新打印…</translation>
    </message>
    <message>
        <source>PDF of the frozen report…</source>
        <translation>导出已冻结报告的 PDF…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook</source>
        <translation>将报告保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Freeze the report</source>
        <translation>冻结报告</translation>
    </message>
    <message>
        <source>Freeze the report of %1 as of %2? The frozen report is kept as it is now and is reprinted exactly so, whatever changes later.</source>
        <translation>冻结 %1 的报告（数据截至 %2）？冻结后的报告按现在的内容保存，以后无论记录如何变化，都原样重新打印。</translation>
    </message>
    <message>
        <source>Save the frozen report as PDF</source>
        <translation>将已冻结的报告保存为 PDF</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RevisitDialog</name>
    <message>
        <source>Revisit – %1</source>
        <translation>回访 – %1</translation>
    </message>
    <message>
        <source>Repaired by %1</source>
        <translation>维修人员：%1</translation>
    </message>
    <message>
        <source>Now, or when the call took place: not before %1, when the order was completed.</source>
        <translation>现在或实际回访时间：不得早于工单完工时间 %1。</translation>
    </message>
    <message>
        <source>Required for a rating of %1 or %2: the reason is followed up.</source>
        <translation>评价为“%1”或“%2”时必填：将跟进处理原因。</translation>
    </message>
    <message>
        <source>Record revisit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Choose how satisfied the resident is.</source>
        <translation>请选择业主的满意程度。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RevisitQueueModel</name>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RevisitQueueView</name>
    <message>
        <source>1 completed order awaits its revisit</source>
        <translation>1 条已完工工单待回访</translation>
    </message>
    <message>
        <source>%1 completed orders await their revisit</source>
        <translation>%1 条已完工工单待回访</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::ReworkDialog</name>
    <message>
        <source>Log rework – %1</source>
        <translation>登记返修 – %1</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RosterConflictModel</name>
    <message>
        <source>With: %1</source>
        <translation>相关班次：%1</translation>
    </message>
    <message>
        <source>Blocks publishing</source>
        <translation>不能发布</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息时间</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RosterEditDialog</name>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Swap guards</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>班次岗位：</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>对换：</translation>
    </message>
    <message>
        <source>Guard on leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Substitute guard</source>
        <translation>替班</translation>
    </message>
    <message>
        <source>On leave:</source>
        <translation>请假人：</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>原排班：</translation>
    </message>
    <message>
        <source>Nobody (post stays empty)</source>
        <translation>无人替班（岗位空缺）</translation>
    </message>
    <message>
        <source>Substitute:</source>
        <translation>替班人：</translation>
    </message>
    <message>
        <source>Guard:</source>
        <translation>替班人：</translation>
    </message>
    <message>
        <source>Why: printed on the sheet</source>
        <translation>原因：会打印在排班表上</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Choose the guard who works the slot.</source>
        <translation>请选择上岗的队员。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RosterModel</name>
    <message>
        <source>d MMM</source>
        <comment>day and month of a roster slot</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Squad: %1</source>
        <translation>班组：%1</translation>
    </message>
    <message>
        <source>Guard: %1</source>
        <translation>队员：%1</translation>
    </message>
    <message>
        <source>nobody (post empty)</source>
        <translation>无人（岗位空缺）</translation>
    </message>
    <message>
        <source>%1 %2 — planned: %3</source>
        <translation>%1 %2 — 原排班：%3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::RosterView</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>roster month picker</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Make the month&apos;s roster from the squads&apos; rotation</source>
        <translation>按护卫班轮换规则生成本月排班表</translation>
    </message>
    <message>
        <source>Swap…</source>
        <translation>换班…</translation>
    </message>
    <message>
        <source>Exchange the guards of the two selected cells</source>
        <translation>对换所选两个格子的队员</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>请假…</translation>
    </message>
    <message>
        <source>The guard of the selected cell is on leave</source>
        <translation>所选格子的队员请假</translation>
    </message>
    <message>
        <source>Substitute…</source>
        <translation>替班…</translation>
    </message>
    <message>
        <source>Another guard works the selected cell</source>
        <translation>由另一名队员替班</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Hand the roster to the squads</source>
        <translation>把排班表发布给各护卫班</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the month&apos;s sheet on A4 landscape</source>
        <translation>用 A4 横向纸打印本月排班表</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save the month&apos;s sheet as a PDF file</source>
        <translation>把本月排班表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>No roster for this month yet: Generate makes one.</source>
        <translation>本月还没有排班表：点“生成”创建。</translation>
    </message>
    <message>
        <source>published by %1 at %2</source>
        <translation>%1 于 %2 发布</translation>
    </message>
    <message>
        <source>generated by %1 at %2</source>
        <translation>%1 于 %2 生成</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>Conflicts: %1. Double bookings block publishing.</source>
        <translation>冲突 %1 处。一人两岗时不能发布。</translation>
    </message>
    <message>
        <source>Warnings: %1, shown before publishing.</source>
        <translation>提醒 %1 处，发布前会列出。</translation>
    </message>
    <message>
        <source>Generate the roster</source>
        <translation>生成排班表</translation>
    </message>
    <message>
        <source>Replace the draft roster of %1 with a newly generated one?</source>
        <translation>用重新生成的排班表替换 %1 的草稿吗？</translation>
    </message>
    <message>
        <source>Every swap, leave and substitute entered in the draft is lost.</source>
        <translation>草稿中录入的换班、请假和替班都会丢失。</translation>
    </message>
    <message>
        <source>Replace the draft</source>
        <translation>替换草稿</translation>
    </message>
    <message>
        <source>Publish the roster</source>
        <translation>发布排班表</translation>
    </message>
    <message>
        <source>The roster of %1 cannot be published: double bookings (%2).</source>
        <translation>%1 的排班表不能发布：有一人两岗（%2 处）。</translation>
    </message>
    <message>
        <source>Resolve the double bookings listed under Conflicts first.</source>
        <translation>请先处理“冲突”中列出的一人两岗。</translation>
    </message>
    <message>
        <source>Publish the roster of %1?</source>
        <translation>发布 %1 的排班表吗？</translation>
    </message>
    <message>
        <source>There are no conflicts. Later edits stay possible and are flagged on the sheet.</source>
        <translation>没有冲突。发布后仍可调整，调整会在排班表上标出。</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>提醒（%1 处）：</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish with warnings</source>
        <translation>确认提醒并发布</translation>
    </message>
    <message>
        <source>Export the roster as PDF</source>
        <translation>导出排班表 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SamplingPlanView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Start the sample sheet of the selected target and fill it in the sheet tab</source>
        <translation>开始所选抽检对象的检查表，并在检查表页签中填写</translation>
    </message>
    <message>
        <source>&amp;Open sheet</source>
        <translation>打开检查表(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected target&apos;s sheet in the sheet tab</source>
        <translation>在检查表页签中显示所选抽检对象的检查表</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Standard floors</source>
        <translation>标准层</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>plan month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>不合格 %1 项</translation>
    </message>
    <message>
        <source>Sample of %1: %2 of %3 targets recorded, %4 signed off</source>
        <translation>%1 抽检：%3 个对象中已记录 %2 个，已签核 %4 个</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SecurityPage</name>
    <message>
        <source>Roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>巡更</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>查岗</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The month&apos;s three-shift roster: generate, edit, check and publish, print the sheet</source>
        <translation>本月三班排班表：生成、调整、检查冲突、发布和打印</translation>
    </message>
    <message>
        <source>Today&apos;s guard-tour rounds with their live status; scans by hand or from a device</source>
        <translation>今天各轮巡更的实时状态；手工录入或从巡更器导入</translation>
    </message>
    <message>
        <source>The handovers at each change of shift and the open items they carry</source>
        <translation>每次交接班的记录及其遗留事项</translation>
    </message>
    <message>
        <source>Visitors, unknown vehicles and incidents</source>
        <translation>来访登记、外来车辆登记和事件</translation>
    </message>
    <message>
        <source>Checks of the posts, at night at least as often as the set-up asks</source>
        <translation>查岗记录，夜间查岗次数不少于设置的要求</translation>
    </message>
    <message>
        <source>Shifts, posts, squads, rotation and patrol routes</source>
        <translation>班次、岗位、护卫班、轮换规则和巡更路线</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SecuritySetupView</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>In forward rotation order. Start as HH:MM; a shift that passes midnight ends the next day.</source>
        <translation>按正向轮换顺序排列。开始时间写成 HH:MM；跨过午夜的班次到次日结束。</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <source>Remove shift</source>
        <translation>删除班次</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>In the order the sheet prints them. Shifts: the codes of the shifts the post is staffed in, separated by commas; empty for every shift.</source>
        <translation>按排班表打印的顺序排列。班次：该岗位设岗的班次代码，用逗号分隔；留空表示每个班次都设岗。</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>添加岗位</translation>
    </message>
    <message>
        <source>Remove post</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Guards</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>In rotation order: in the anchor&apos;s period the first squad works the first shift.</source>
        <translation>按轮换顺序排列：在基准日所在的轮换周期，第一个护卫班上第一个班次。</translation>
    </message>
    <message>
        <source>Add squad</source>
        <translation>添加护卫班</translation>
    </message>
    <message>
        <source>Remove squad</source>
        <translation>删除护卫班</translation>
    </message>
    <message>
        <source>In post order: the i-th guard takes the i-th post of the shift; the first is the squad leader, guards beyond the posts are the reserve.</source>
        <translation>按岗位顺序排列：第 i 名队员上该班次的第 i 个岗位；第一名是班长，超出岗位数的队员为机动。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Squads</source>
        <translation>护卫班</translation>
    </message>
    <message>
        <source>Guards of the selected squad (leader first):</source>
        <translation>所选护卫班的队员（班长在前）：</translation>
    </message>
    <message>
        <source>The days of the month the squads move to their next shift, 1 to 28</source>
        <translation>每月各护卫班换到下一班次的日期，1 至 28 日</translation>
    </message>
    <message>
        <source>Forward: early → middle → night</source>
        <translation>正向：早班 → 中班 → 夜班</translation>
    </message>
    <message>
        <source>Backward: night → middle → early</source>
        <translation>反向：夜班 → 中班 → 早班</translation>
    </message>
    <message>
        <source>In the rotation period containing this day the first squad works the first shift, the second squad the second, and so on</source>
        <translation>在包含这一天的轮换周期，第一个护卫班上第一个班次，第二个护卫班上第二个班次，依此类推</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Rotation and checks</source>
        <translation>轮换与查岗</translation>
    </message>
    <message>
        <source>Rotation days:</source>
        <translation>轮换日：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>轮换方向：</translation>
    </message>
    <message>
        <source>Anchor day:</source>
        <translation>基准日：</translation>
    </message>
    <message>
        <source>Least rest between shifts:</source>
        <translation>两班之间最少休息：</translation>
    </message>
    <message>
        <source>Night spot checks per month:</source>
        <translation>每月夜间查岗次数：</translation>
    </message>
    <message>
        <source>Save set-up</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Patrol routes</source>
        <translation>巡更路线</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1（班长）</translation>
    </message>
    <message>
        <source>the start must be a time of day HH:MM</source>
        <translation>开始时间应写成 HH:MM</translation>
    </message>
    <message>
        <source>the length must be a number of hours</source>
        <translation>时长应是小时数</translation>
    </message>
    <message>
        <source>the rotation days must be numbers 1 to 28</source>
        <translation>轮换日应是 1 至 28 的数字</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SettingsPage</name>
    <message>
        <source>System language (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>PropDesk cannot open the database %1.</source>
        <translation>PropDesk 无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>PropDesk cannot create the database %1.</source>
        <translation>PropDesk 无法创建数据库 %1。</translation>
    </message>
    <message>
        <source>The file exists already. Choose a new name, or open the file instead.</source>
        <translation>该文件已存在。请换一个文件名，或直接打开该文件。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>PropDesk databases (*.db);;All files (*)</source>
        <translation>PropDesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <source>PropDesk databases (*.db)</source>
        <translation>PropDesk 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Staff of %1</source>
        <translation>员工（%1）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SheetModel</name>
    <message>
        <source>Amended by %1: %2 → %3 (%4)</source>
        <translation>%1 更正：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Nonconformance</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>A failure corrected on the spot: its nonconformance is raised already rectified</source>
        <translation>不合格项目已当场纠正：其不合格项提出时即为已整改</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>当场纠正</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SignHandoverDialog</name>
    <message>
        <source>Sign handover</source>
        <translation>交接班补签</translation>
    </message>
    <message>
        <source>Outgoing leader</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Incoming leader</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>&amp;Signature of:</source>
        <translation>签字方(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>班长(&amp;L)：</translation>
    </message>
    <message>
        <source>Signed &amp;at:</source>
        <translation>签字时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SignInDialog</name>
    <message>
        <source>Sign in to work on %1.</source>
        <translation>登录以使用 %1。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Type your sign-in name.</source>
        <translation>请输入登录名。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SiteDialog</name>
    <message>
        <source>Add site</source>
        <translation>添加项目</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SiteModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SpotCheckDialog</name>
    <message>
        <source>Record spot check</source>
        <translation>记录查岗</translation>
    </message>
    <message>
        <source>The manager or supervisor who checked</source>
        <translation>查岗的经理或主管</translation>
    </message>
    <message>
        <source>Post visited</source>
        <translation>查到的岗位</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Corrective note</source>
        <translation>整改意见</translation>
    </message>
    <message>
        <source>Tick each post visited; leave the finding empty when the post was in order.</source>
        <translation>勾选查到的岗位；岗位正常时问题一栏留空。</translation>
    </message>
    <message>
        <source>&amp;Checked by:</source>
        <translation>查岗人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>During the night shift: counts as a night spot check.</source>
        <translation>在夜班时段内：计为夜间查岗。</translation>
    </message>
    <message>
        <source>Not during the night shift: a day check.</source>
        <translation>不在夜班时段：计为日间查岗。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::SpotCheckView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Record spot check…</source>
        <translation>记录查岗(&amp;R)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>查岗人</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>Posts visited</source>
        <translation>查到的岗位</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日间</translation>
    </message>
    <message>
        <source>All in order</source>
        <translation>均正常</translation>
    </message>
    <message>
        <source>Night spot checks in %1: %2 of %3 required · %4 checks in all</source>
        <translation>%1 夜间查岗：%2 次，要求 %3 次 · 共查岗 %4 次</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>时段</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::StaffModel</name>
    <message>
        <source>%1 no longer takes orders; the history keeps the name.</source>
        <translation>%1 已不再接单；历史记录保留其姓名。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::TargetsDialog</name>
    <message>
        <source>New target version</source>
        <translation>新建目标版本</translation>
    </message>
    <message>
        <source>The targets apply from the first day of this month until the next version</source>
        <translation>目标值自该月第一天起生效，直至下一个版本</translation>
    </message>
    <message>
        <source>e.g. 2026–2027 property service contract</source>
        <translation>例如：2026–2027 物业服务合同</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>默认目标</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效月份(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>合同(&amp;C)：</translation>
    </message>
    <message>
        <source>A version that has taken effect is never rewritten: last year&apos;s reports keep their targets.</source>
        <translation>已生效的版本不会被改写：以往的报告保留当时的目标值。</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::TargetsView</name>
    <message>
        <source>&amp;New version…</source>
        <translation>新建版本(&amp;N)…</translation>
    </message>
    <message>
        <source>Targets from a later month, pre-filled from the version in force</source>
        <translation>从以后的月份起的目标值，按现行版本预填</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Target versions</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>默认目标</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>No target version: the catalogue&apos;s default targets apply.</source>
        <translation>没有目标版本：适用默认目标。</translation>
    </message>
    <message>
        <source>%1 target versions · in force today: %2</source>
        <translation>共 %1 个目标版本 · 今日生效：%2</translation>
    </message>
    <message>
        <source>default targets</source>
        <translation>默认目标</translation>
    </message>
    <message>
        <source>In force from %1 (%2). It has taken effect and is read-only: save a new version from a later month to change the targets.</source>
        <translation>自 %1 起生效（%2）。该版本已生效，只读；如需调整目标值，请从以后的月份新建版本。</translation>
    </message>
    <message>
        <source>Takes effect on %1 (%2); it may be corrected until then.</source>
        <translation>将于 %1 生效（%2）；生效前可以更正。</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Differs from the default target</source>
        <translation>与默认目标不同</translation>
    </message>
    <message>
        <source>Correct this version before it takes effect</source>
        <translation>在生效前更正此版本</translation>
    </message>
    <message>
        <source>A version that has taken effect is read-only</source>
        <translation>已生效的版本为只读</translation>
    </message>
    <message>
        <source>Correct target version</source>
        <translation>更正目标版本</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::TimelineModel</name>
    <message>
        <source>Technician: %1</source>
        <translation>维修人员：%1</translation>
    </message>
    <message>
        <source>Rating: %1 %2</source>
        <translation>评价：%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::TrendChart</name>
    <message>
        <source>%1 · target %2</source>
        <translation>%1 · 目标值 %2</translation>
    </message>
    <message>
        <source>%1 · no target</source>
        <translation>%1 · 无目标</translation>
    </message>
    <message>
        <source>%1 · no figures in these months</source>
        <translation>%1 · 这些月份无数据</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::UserDialog</name>
    <message>
        <source>Logs calls and records arrivals, holds, completions and revisits at their sites.</source>
        <translation>在所属项目登记来电，记录到场、暂停、完工和回访。</translation>
    </message>
    <message>
        <source>Like the front desk, and dispatches and cancels orders, imports and exports them and keeps the staff list.</source>
        <translation>客服/前台的全部权限，另可派工、取消工单、导入导出工单并维护员工名单。</translation>
    </message>
    <message>
        <source>Like a supervisor, and adds sites, changes the rules and reads the audit trail.</source>
        <translation>主管的全部权限，另可添加项目、修改规则并查看审计日志。</translation>
    </message>
    <message>
        <source>Manages the accounts and the backups and reads the audit trail; works at no site and changes no work orders.</source>
        <translation>管理账号和备份并查看审计日志；不属于任何项目，也不修改工单。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. They can change it under File ▸ Change my password.</source>
        <translation>
            <numerusform>至少 %n 个字符。本人可在“文件 ▸ 修改我的密码”中修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Edit user – %1</source>
        <translation>编辑用户 – %1</translation>
    </message>
    <message>
        <source>A sign-in name cannot change; the history keeps naming it.</source>
        <translation>登录名不能修改；处理记录会一直使用它。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::UserModel</name>
    <message>
        <source>(accounts and backups)</source>
        <translation>（账号和备份）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>否，已停用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::VerifyDialog</name>
    <message>
        <source>Verify rectification</source>
        <translation>验证整改</translation>
    </message>
    <message>
        <source>&amp;Passed: the rectification meets the standard</source>
        <translation>验证通过(&amp;P)：整改已达标准</translation>
    </message>
    <message>
        <source>&amp;Failed: back to open for another rectification</source>
        <translation>验证不通过(&amp;F)：退回重新整改</translation>
    </message>
    <message>
        <source>Required: what still does not meet the standard</source>
        <translation>必填：仍未达标的情况</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Rectified by %1 at %2: %3</source>
        <translation>%1 于 %2 整改：%3</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记验证</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::WarningDialog</name>
    <message>
        <source>Issue written warning</source>
        <translation>发出书面警告</translation>
    </message>
    <message>
        <source>%1 written warnings in the last 12 months. This one reaches the limit of %2: the subcontract may be terminated.</source>
        <translation>近 12 个月已发书面警告 %1 次。本次将达到 %2 次上限：可终止分包合同。</translation>
    </message>
    <message>
        <source>%1 written warnings in the last 12 months; %2 give the right to terminate.</source>
        <translation>近 12 个月已发书面警告 %1 次；达到 %2 次可终止合同。</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>发出日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Nonconformance:</source>
        <translation>不合格项(&amp;N)：</translation>
    </message>
    <message>
        <source>Issue warning</source>
        <translation>发出警告</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::WorkOrderActions</name>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>派工(&amp;D)…</translation>
    </message>
    <message>
        <source>Record &amp;arrival…</source>
        <translation>登记到场(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>暂停(&amp;H)…</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>恢复(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完工(&amp;C)…</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>取消工单(&amp;L)…</translation>
    </message>
    <message>
        <source>Log re&amp;work…</source>
        <translation>登记返修(&amp;W)…</translation>
    </message>
    <message>
        <source>Re&amp;visit…</source>
        <translation>回访(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::WorkOrderDetail</name>
    <message>
        <source>Select an order to see its history and deadlines.</source>
        <translation>选择工单以查看其处理记录和时限。</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>无法读取工单：%1</translation>
    </message>
    <message>
        <source>The order&apos;s site could not be read: %1</source>
        <translation>无法读取工单所属项目：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Deadlines: could not be evaluated (%1)</source>
        <translation>时限：无法计算（%1）</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>投诉：</translation>
    </message>
</context>
<context>
    <name>propdesk::gui::WorkOrdersPage</name>
    <message>
        <source>History</source>
        <translation>历史工单</translation>
    </message>
    <message>
        <source>Revisit queue</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Every order, filtered and searched, with its timeline and deadlines</source>
        <translation>所有工单，可筛选和搜索，并显示处理记录和时限</translation>
    </message>
    <message>
        <source>Completed orders waiting for the call-back to the resident, longest waiting first</source>
        <translation>等待回访业主的已完工工单，等待最久的排在最前</translation>
    </message>
</context>
</TS>
