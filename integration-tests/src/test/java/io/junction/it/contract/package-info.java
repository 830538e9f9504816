/** Model classes that {@code io.junction.agent.AgentContractTest} has the agent enhance. */
package io.junction.it.contract;
