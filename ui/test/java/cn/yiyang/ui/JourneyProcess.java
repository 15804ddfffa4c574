package cn.yiyang.ui;

/** A one-step process with its diagram (BPMN DI), so the case view has something to draw in the browser test. */
final class JourneyProcess {

    static final String KEY = "ui-journey";

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="Definitions_UiJourney" targetNamespace="http://yiyang.cn/test">
              <bpmn:process id="ui-journey" name="界面测试流程" isExecutable="true" camunda:historyTimeToLive="P30D">
                <bpmn:startEvent id="Event_Submitted" name="提交"/>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Submitted" targetRef="Task_Accept"/>
                <bpmn:userTask id="Task_Accept" name="受理审查" camunda:candidateGroups="HEALTH_REVIEWER"
                    camunda:dueDate="${deadlines.workingDays(5)}">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="outcomes" value="ACCEPT,SUPPLEMENT,REJECT"/>
                    </camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Accept" targetRef="Event_Done"/>
                <bpmn:endEvent id="Event_Done" name="办结"/>
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_1">
                <bpmndi:BPMNPlane id="Plane_1" bpmnElement="ui-journey">
                  <bpmndi:BPMNShape id="Shape_Start" bpmnElement="Event_Submitted">
                    <dc:Bounds x="152" y="102" width="36" height="36"/>
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Shape_Accept" bpmnElement="Task_Accept">
                    <dc:Bounds x="240" y="80" width="100" height="80"/>
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Shape_End" bpmnElement="Event_Done">
                    <dc:Bounds x="392" y="102" width="36" height="36"/>
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="Edge_1" bpmnElement="Flow_1">
                    <di:waypoint x="188" y="120"/><di:waypoint x="240" y="120"/>
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Edge_2" bpmnElement="Flow_2">
                    <di:waypoint x="340" y="120"/><di:waypoint x="392" y="120"/>
                  </bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    private JourneyProcess() {
    }
}
